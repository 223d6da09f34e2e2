using Chokepoint.Datasets;
using Chokepoint.Importing;
using Chokepoint.Storage;

namespace Chokepoint.Core.Tests.Sources;

/// <summary>Imports a fixture into a fresh SQLite store and returns what the dataset holds.</summary>
internal static class ListImport
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "sanctions", name);

    public static string TempDb() => Path.Combine(Path.GetTempPath(), $"chokepoint-test-{Guid.NewGuid():N}", "test.db");

    public static async Task<StoreStats> RunAsync(Func<string, ImportOptions, ImportInput> open, string path, string dataset = "test_list")
    {
        await using var store = await StoreFactory.OpenAsync(TempDb());
        var options = new ImportOptions { Dataset = dataset, Release = null };
        var input = open(path, options);
        await ImportRunner.RunAsync(store, input, options);
        return await store.View.GetStatsAsync(dataset);
    }

    public static long Count(this StoreStats stats, string schema) => stats.Schemata.GetValueOrDefault(schema);
}
