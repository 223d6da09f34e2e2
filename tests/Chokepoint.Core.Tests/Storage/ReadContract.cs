using Chokepoint.Datasets;
using Chokepoint.Importing;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>The read side of the storage contract: assembly, counts, listings, streams, and moving a database.</summary>
public abstract class ReadContract : StoreContract
{
    [StoreFact]
    public async Task Entity_is_assembled_from_every_dataset_with_the_most_specific_schema()
    {
        await ImportAsync("us-bis", "2024-01-01", ImportMode.Replace,
            S("us-bis", "peleng", "LegalEntity", "name", "Peleng"), S("us-bis", "peleng", "LegalEntity", "country", "by"));
        await ImportAsync("eu-fsf", "2024-03-01", ImportMode.Replace,
            S("eu-fsf", "peleng", "Company", "name", "OAO Peleng"), S("eu-fsf", "peleng", "Company", "$referent", "eu-123"));
        var entity = (await Store.View.GetEntityAsync("peleng"))!;
        Assert.Equal("Company", entity.Schema.Name);
        Assert.Equal(["eu-fsf", "us-bis"], entity.Datasets);
        Assert.Equal(["Peleng", "OAO Peleng"], entity.Get("name"));
        Assert.Equal(["eu-123"], entity.Referents);
        Assert.Equal(("2024-01-01", "2024-03-01"), (entity.FirstSeen, entity.LastSeen));
        Assert.Null(await Store.View.GetEntityAsync("nobody"));
    }

    [StoreFact]
    public async Task Property_values_keep_the_order_they_were_stored_in()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace,
            S("ofac", "ofac-1", "Person", "name", "Zhukov"), S("ofac", "ofac-1", "Person", "name", "Abramov"),
            S("ofac", "ofac-1", "Person", "name", "Жуков"), S("ofac", "ofac-1", "Person", "name", "Mikhailov"));
        Assert.Equal(["Zhukov", "Abramov", "Жуков", "Mikhailov"], (await Store.View.GetEntityAsync("ofac-1"))!.Get("name"));
    }

    [StoreFact]
    public async Task Datasets_and_stats_count_current_entities_and_statements()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace,
            S("ofac", "a", "Company", "name", "A"), S("ofac", "b", "Person", "name", "B"), S("ofac", "b", "Person", "country", "by"));
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace,
            S("ofac", "a", "Company", "name", "A"), S("ofac", "b", "Person", "name", "B"));
        await ImportAsync("uk", "2024-01-15", ImportMode.Replace,
            S("uk", "a", "LegalEntity", "name", "A Ltd"), S("uk", "c", "Organization", "name", "C"));
        var datasets = await Store.View.ListDatasetsAsync();
        Assert.Equal(["ofac:2:2:2024-02-01", "uk:2:2:2024-01-15"], datasets.Select(d => $"{d.Name}:{d.Entities}:{d.Statements}:{d.Updated}"));
        Assert.Equal("The ofac list", datasets[0].Title);
        var all = await Store.View.GetStatsAsync(null);
        Assert.Equal((3, 4), (all.Entities, all.Statements));
        Assert.Equal(new Dictionary<string, long> { ["Company"] = 1, ["Organization"] = 1, ["Person"] = 1 }, all.Schemata);
        Assert.Equal(new Dictionary<string, long> { ["ofac"] = 2, ["uk"] = 2 }, all.Datasets);
        var uk = await Store.View.GetStatsAsync("uk");
        Assert.Equal((2, 2), (uk.Entities, uk.Statements));
        Assert.Equal(new Dictionary<string, long> { ["LegalEntity"] = 1, ["Organization"] = 1 }, uk.Schemata);
        Assert.Null(await Store.View.GetDatasetAsync("eu"));
    }

    [StoreFact]
    public async Task Sources_are_listed_per_dataset_and_found_by_id()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, S("ofac", "a", "Company", "name", "A"));
        await using (var writer = await Store.BeginImportAsync(new ImportPlan { Dataset = new DatasetInfo { Name = "docs" }, Release = "2024-05-01", Mode = ImportMode.Append }))
        {
            await writer.AddSourceAsync(new SourceInfo { Id = "docs-article", Dataset = "docs", Title = "Belarus arms plants", Url = "https://example.org/a", Published = "2024-04-30", Grading = "B2", Sha256 = "ab12" });
            await writer.AddAsync(S("docs", "b", "Company", "name", "B", "docs-article") with { FirstSeen = "2024-05-01", LastSeen = "2024-05-01" });
            await writer.CommitAsync();
        }
        Assert.Equal(["docs-article", "src"], (await Store.View.ListSourcesAsync(null)).Select(s => s.Id));
        Assert.Equal(["src"], (await Store.View.ListSourcesAsync("ofac")).Select(s => s.Id));
        var source = await Store.View.GetSourceAsync("docs-article");
        Assert.Equal(new SourceInfo { Id = "docs-article", Dataset = "docs", Kind = "document", Title = "Belarus arms plants", Url = "https://example.org/a", Published = "2024-04-30", Grading = "B2", Sha256 = "ab12" }, source);
        Assert.Null(await Store.View.GetSourceAsync("nothing"));
    }

    [StoreFact]
    public async Task Entities_stream_per_dataset_and_overall_in_id_order()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace,
            S("ofac", "b-2", "Company", "name", "B"), S("ofac", "a-1", "Company", "name", "A"), S("ofac", "B-3", "Company", "name", "upper"));
        await ImportAsync("uk", "2024-01-01", ImportMode.Replace, S("uk", "a-1", "Company", "country", "by"), S("uk", "c-9", "Person", "name", "C"));
        var ofac = await ToListAsync(Store.View.StreamEntitiesAsync("ofac"));
        Assert.Equal(["B-3", "a-1", "b-2"], ofac.Select(e => e.Id));
        Assert.Empty(ofac[1].Get("country"));
        var all = await ToListAsync(Store.View.StreamEntitiesAsync(null));
        Assert.Equal(["B-3", "a-1", "b-2", "c-9"], all.Select(e => e.Id));
        Assert.Equal(["by"], all[1].Get("country"));
        Assert.Equal(2, (await ToListAsync(Store.View.StreamStatementsAsync("a-1"))).Count);
    }

    [StoreFact]
    public async Task Bundled_dataset_reads_back_exactly_as_from_sqlite()
    {
        var folder = BundledDatasets.FindDataFolder() ?? throw new InvalidOperationException("no data/ folder above the tests");
        var manifest = BundledDatasets.List(folder).First(m => m.Name == "belarus-dib");
        manifest.Release = "2025-06-01";
        var path = await SqliteStoreContract.CreateLocationAsync();
        var reference = StoreFactory.Create(path);
        try
        {
            await reference.MigrateAsync();
            foreach (var store in new[] { Store, reference })
                await BundledDatasets.LoadAsync(store, manifest, force: true, (_, work) => work(new Progress<ImportProgress>()), CancellationToken.None);
            var expected = (await ToListAsync(reference.View.StreamEntitiesAsync(null))).Select(Describe).ToList();
            Assert.True(expected.Count > 50);
            Assert.Equal(expected, (await ToListAsync(Store.View.StreamEntitiesAsync(null))).Select(Describe));
            Assert.Equal(await reference.View.GetStatsAsync(null), await Store.View.GetStatsAsync(null), StatsComparer.Instance);
        }
        finally
        {
            await reference.DisposeAsync();
            await SqliteStoreContract.DeleteLocationAsync(path);
        }
    }
}
