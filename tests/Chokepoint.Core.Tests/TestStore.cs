using Chokepoint.Importing;
using Chokepoint.Sources;
using Chokepoint.Storage;

namespace Chokepoint.Core.Tests;

/// <summary>
/// A real store, deleted on dispose, with fixture paths and import shortcuts: a SQLite file in a temporary folder,
/// or (<c>postgres: true</c>) a fresh schema on the test PostgreSQL server.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chokepoint-tests", Guid.NewGuid().ToString("N"));

    private string? _postgres;

    private TestStore()
    {
    }

    public IStore Store { get; private set; } = null!;

    public string Folder => _folder;

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "fixtures", relative);

    public static string Case(string relative) => Path.Combine(AppContext.BaseDirectory, "cases", relative);

    public static async Task<TestStore> CreateAsync(bool postgres = false)
    {
        var test = new TestStore();
        Directory.CreateDirectory(test._folder);
        test._postgres = postgres ? await Storage.PostgresStoreContract.CreateLocationAsync() : null;
        test.Store = await StoreFactory.OpenAsync(test._postgres ?? Path.Combine(test._folder, "test.db"));
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
        if (_postgres is not null)
            await Storage.PostgresStoreContract.DeleteLocationAsync(_postgres);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
