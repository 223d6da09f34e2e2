using Chokepoint.Importing;
using Chokepoint.Sources;
using Chokepoint.Storage;

namespace Chokepoint.Core.Tests;

/// <summary>A real SQLite store in a temporary folder, deleted on dispose, with fixture paths and import shortcuts.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chokepoint-tests", Guid.NewGuid().ToString("N"));

    private TestStore()
    {
    }

    public IStore Store { get; private set; } = null!;

    public string Folder => _folder;

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "fixtures", relative);

    public static string Case(string relative) => Path.Combine(AppContext.BaseDirectory, "cases", relative);

    public static async Task<TestStore> CreateAsync()
    {
        var test = new TestStore();
        Directory.CreateDirectory(test._folder);
        test.Store = await StoreFactory.OpenAsync(Path.Combine(test._folder, "test.db"));
        return test;
    }

    public Task<ImportResult> ImportAsync(string format, string path, string dataset, string? release = null, bool lenient = false)
    {
        var options = new ImportOptions { Dataset = dataset, Release = release, Lenient = lenient, Grading = "A1" };
        var input = SourceFormats.Open(format, path, options);
        return ImportRunner.RunAsync(Store, input, options);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
