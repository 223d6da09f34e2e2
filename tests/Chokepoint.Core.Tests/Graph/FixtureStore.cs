using Chokepoint.Importing;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;

namespace Chokepoint.Core.Tests.Graph;

/// <summary>A real SQLite store in a temp folder, loaded with FtM JSON-lines cases from <c>cases/graph/</c>.</summary>
public sealed class FixtureStore : IAsyncDisposable
{
    private readonly string _folder;

    private FixtureStore(string folder, IStore store)
    {
        _folder = folder;
        Store = store;
    }

    public IStore Store { get; }

    public IStoreView View => Store.View;

    /// <summary>Imports each (case file, dataset) pair as one release.</summary>
    public static async Task<FixtureStore> LoadAsync(params (string File, string Dataset)[] cases)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chokepoint-graph-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var store = await StoreFactory.OpenAsync(Path.Combine(folder, "test.db"));
        foreach (var (file, dataset) in cases)
        {
            var options = new ImportOptions { Dataset = dataset, Release = "2026-01-01" };
            var input = FtmFormat.Open(Path.Combine(AppContext.BaseDirectory, "cases", "graph", file), options);
            await ImportRunner.RunAsync(store, input, options);
        }
        return new FixtureStore(folder, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
