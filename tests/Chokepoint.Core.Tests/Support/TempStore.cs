using Chokepoint.Importing;
using Chokepoint.Model;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;
using Chokepoint.Storage.Sqlite;

namespace Chokepoint.Core.Tests.Support;

/// <summary>
/// A real store, deleted afterwards: a SQLite file in a temporary folder, or (<c>postgres: true</c>) a fresh
/// schema on the test PostgreSQL server with the same temporary folder for files.
/// </summary>
public sealed class TempStore : IAsyncDisposable
{
    private TempStore(string folder, string location, IStore store)
    {
        Folder = folder;
        Location = location;
        Store = store;
    }

    public string Folder { get; }

    /// <summary>The SQLite file or postgres:// URL the store is at.</summary>
    public string Location { get; }

    public IStore Store { get; }

    public bool IsPostgres => Store is Chokepoint.Storage.Postgres.PostgresStore;

    public static async Task<TempStore> CreateAsync(bool postgres = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chokepoint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var location = postgres ? await Storage.PostgresStoreContract.CreateLocationAsync() : Path.Combine(folder, "test.db");
        IStore store = postgres ? StoreFactory.Create(location) : new SqliteStore(location, SchemaModel.Default);
        await store.MigrateAsync();
        return new TempStore(folder, location, store);
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
        if (IsPostgres)
            await Storage.PostgresStoreContract.DeleteLocationAsync(Location);
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
