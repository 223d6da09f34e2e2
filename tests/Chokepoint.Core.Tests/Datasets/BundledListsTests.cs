using Chokepoint.Datasets;

namespace Chokepoint.Core.Tests.Datasets;

public sealed class BundledListsTests
{
    [Fact]
    public async Task Bundled_un_snapshot_loads_from_gzip_with_its_release()
    {
        var data = BundledDatasets.FindDataFolder();
        Assert.NotNull(data);
        var manifest = BundledDatasets.List(data).Single(m => m.Name == "un_sc_sanctions");
        await using var test = await TestStore.CreateAsync();
        var outcome = await BundledDatasets.LoadAsync(test.Store, manifest, force: false, (_, run) => run(new Progress<Importing.ImportProgress>()), CancellationToken.None);
        Assert.True(outcome.Loaded);
        var release = Assert.Single(await test.Store.View.ListReleasesAsync("un_sc_sanctions"));
        Assert.Equal("2026-02-27", release.Release);
        var stats = await test.Store.View.GetStatsAsync("un_sc_sanctions");
        Assert.Equal(730, stats.Schemata["Person"]);
        Assert.Equal(273, stats.Schemata["Organization"]);
    }

    [Fact]
    public void Every_bundled_resource_names_a_known_format()
    {
        foreach (var manifest in BundledDatasets.List(BundledDatasets.FindDataFolder()!))
        {
            foreach (var resource in manifest.Resources)
                Assert.True(Chokepoint.Sources.SourceFormats.IsKnown(resource.Format), $"{manifest.Name}: {resource.Format}");
        }
    }
}
