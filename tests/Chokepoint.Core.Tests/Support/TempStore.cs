using Chokepoint.Importing;
using Chokepoint.Model;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;
using Chokepoint.Storage.Sqlite;

namespace Chokepoint.Core.Tests.Support;

/// <summary>A real SQLite store in a temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IAsyncDisposable
{
    private TempStore(string folder, IStore store)
    {
        Folder = folder;
        Store = store;
    }

    public string Folder { get; }

    public IStore Store { get; }

    public static async Task<TempStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chokepoint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new SqliteStore(Path.Combine(folder, "test.db"), SchemaModel.Default);
        await store.MigrateAsync();
        return new TempStore(folder, store);
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    public async Task<ImportResult> ImportFtmAsync(string path, string dataset, bool lenient = false, string? release = null)
    {
        var options = new ImportOptions { Dataset = dataset, Lenient = lenient, Release = release };
        return await ImportRunner.RunAsync(Store, FtmFormat.Open(path, options), options);
    }

    /// <summary>Writes lines to a file in the store's folder and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on a slow file system is left for the OS temp cleaner.
        }
    }
}
