using Chokepoint.Datasets;
using Chokepoint.Importing;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;

namespace Chokepoint.Web.Tests;

/// <summary>A real store (a SQLite file in a temp folder, or a given location) loaded with the bundled belarus-dib dataset and the zala FtM fixture.</summary>
public static class TestData
{
    public const string FixtureDataset = "zala";

    public static async Task<string> CreateDatabaseAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chokepoint-web-tests", Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "chokepoint.db");
        await LoadAsync(path);
        return path;
    }

    /// <summary>Loads the test data into the store at <paramref name="location"/> (a SQLite path or postgres:// URL).</summary>
    public static async Task LoadAsync(string location)
    {
        await using var store = await StoreFactory.OpenAsync(location);
        var data = BundledDatasets.FindDataFolder() ?? throw new DirectoryNotFoundException("the repository's data/ folder was not found");
        var manifest = BundledDatasets.List(data).Single(m => m.Name == "belarus-dib");
        await BundledDatasets.LoadAsync(store, manifest, force: true, (_, work) => work(new Progress<ImportProgress>()), CancellationToken.None);
        var options = new ImportOptions { Dataset = FixtureDataset, Release = "2024-05-28" };
        var input = FtmFormat.Open(Path.Combine(AppContext.BaseDirectory, "fixtures", "zala.entities.ftm.json"), options);
        await ImportRunner.RunAsync(store, input, options, new Progress<ImportProgress>(), CancellationToken.None);
    }

    /// <summary>The repository root (where Chokepoint.slnx is), for artifacts/.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chokepoint.slnx")))
                return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
