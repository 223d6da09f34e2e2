using System.IO.Compression;
using Chokepoint.Importing;

namespace Chokepoint.Core.Tests.Sources.Ofac;

public sealed class OfacCsvImportTests
{
    private static readonly string Set = TestStore.Fixture("ofac/set");

    [Fact]
    public async Task Sdn_set_imports_one_listed_entity_and_one_sanction_per_row()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ImportAsync("ofac-sdn-csv", Set, "us_ofac_sdn", "2021-07-07");
        var expected = FixtureCounts.OfacEntries(Path.Combine(Set, "sdn.csv"));
        var stats = await test.Store.View.GetStatsAsync("us_ofac_sdn");
        foreach (var (schema, count) in FixtureCounts.BySchema(expected))
            Assert.Equal(count, stats.Schemata.GetValueOrDefault(schema));
        Assert.Equal(expected.Count, stats.Schemata["Sanction"]);
        Assert.True(stats.Schemata["Address"] > 0);
        Assert.True(stats.Schemata["Passport"] > 0);
    }

    [Fact]
    public async Task Remarks_become_properties_identifications_and_links()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ImportAsync("ofac-sdn-csv", Set, "us_ofac_sdn", "2021-07-07");
        var entity = (await test.Store.View.GetEntityAsync("ofac-2686"))!;
        Assert.Equal("Person", entity.Schema.Name);
        Assert.Contains("1960-08-31", entity.Get("birthDate"));
        Assert.Equal(["NASRALLAH"], entity.Get("lastName"));
        Assert.Contains("042833", entity.Get("passportNumber"));
        var sanction = (await test.Store.View.GetEntityAsync("ofac-2686-sanction"))!;
        Assert.Equal(["Office of Foreign Assets Control"], sanction.Get("authority"));
        Assert.Contains("SDGT", sanction.Get("program"));
        var vessel = (await test.Store.View.GetEntityAsync("ofac-4243"))!;
        Assert.Equal("Vessel", vessel.Schema.Name);
        Assert.Equal(["cy"], vessel.Get("flag"));
        Assert.Equal(["P3QG3"], vessel.Get("callSign"));
        Assert.Contains("ANA I", vessel.Get("previousName"));
        var tanker = (await test.Store.View.GetEntityAsync("ofac-15036"))!;
        Assert.Contains("mt", tanker.Get("pastFlags"));
        Assert.Equal(["99,144"], tanker.Get("tonnage"));
        Assert.Equal(["9187629"], tanker.Get("imoNumber"));
    }

    [Fact]
    public async Task Linked_to_resolves_within_the_release_or_stays_a_note()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ImportAsync("ofac-sdn-csv", Set, "us_ofac_sdn", "2021-07-07");
        var links = new List<Statements.Entity>();
        var notes = new List<string>();
        await foreach (var entity in test.Store.View.StreamEntitiesAsync("us_ofac_sdn"))
        {
            if (entity.Schema.Name == "UnknownLink")
                links.Add(entity);
            notes.AddRange(entity.Get("notes").Where(n => n.StartsWith("Linked To: ", StringComparison.Ordinal)));
        }
        Assert.NotEmpty(links);
        foreach (var link in links)
            Assert.NotNull(await test.Store.View.GetEntityAsync(link.First("object")!));
        Assert.NotEmpty(notes);
    }

    [Fact]
    public async Task Gzip_copy_imports_like_the_plain_file()
    {
        await using var test = await TestStore.CreateAsync();
        var folder = Path.Combine(test.Folder, "gz");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Set))
        {
            await using var input = File.OpenRead(file);
            await using var output = new GZipStream(File.Create(Path.Combine(folder, Path.GetFileName(file) + ".gz")), CompressionLevel.Optimal);
            await input.CopyToAsync(output);
        }
        var plain = await test.ImportAsync("ofac-sdn-csv", Set, "plain", "2021-07-07");
        var gzip = await test.ImportAsync("auto", folder, "gzip", "2021-07-07");
        Assert.Equal(plain.Statements, gzip.Statements);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused()
    {
        var options = new ImportOptions { Dataset = "us_ofac_sdn", MaxFileBytes = 1000 };
        var error = Assert.Throws<ImportException>(() => Chokepoint.Sources.SourceFormats.Open("ofac-sdn-csv", Set, options));
        Assert.Contains("over the limit", error.Issue.Message);
    }

    [Fact]
    public async Task Failed_import_leaves_the_previous_release_untouched()
    {
        await using var test = await TestStore.CreateAsync();
        var good = TestStore.Fixture("ofac/sdn_2022-02-17.csv");
        await test.ImportAsync("ofac-sdn-csv", good, "us_ofac_sdn");
        var before = await test.Store.View.GetStatsAsync("us_ofac_sdn");
        var broken = Path.Combine(test.Folder, "sdn_2022-03-01.csv");
        var lines = File.ReadAllLines(good);
        lines[100] = lines[100][..20];
        await File.WriteAllLinesAsync(broken, lines);
        var error = await Assert.ThrowsAsync<ImportException>(() => test.ImportAsync("ofac-sdn-csv", broken, "us_ofac_sdn"));
        Assert.Equal(101, error.Issue.Line);
        var after = await test.Store.View.GetStatsAsync("us_ofac_sdn");
        Assert.Equal(before.Statements, after.Statements);
        Assert.Equal(before.Schemata, after.Schemata);
        Assert.Single(await test.Store.View.ListReleasesAsync("us_ofac_sdn"));
    }
}
