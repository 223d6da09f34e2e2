using Chokepoint.Core.Tests.Support;

namespace Chokepoint.Core.Tests.Datasets;

public class ReleaseTests
{
    [Fact]
    public async Task A_new_release_keeps_first_seen_updates_last_seen_and_retires_what_it_lacks()
    {
        await using var temp = await TempStore.CreateAsync();
        var first = temp.WriteFile("r1.ftm.json",
            "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Anna\"]}}\n" +
            "{\"id\": \"b\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Boris\"]}}\n");
        var second = temp.WriteFile("r2.ftm.json",
            "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Anna\"], \"country\": [\"by\"]}}\n");
        await temp.ImportFtmAsync(first, "list", release: "2024-01-01");
        await temp.ImportFtmAsync(second, "list", release: "2024-02-01");

        var anna = await temp.Store.View.GetEntityAsync("a");
        Assert.NotNull(anna);
        Assert.Equal("2024-01-01", anna.FirstSeen);
        Assert.Equal("2024-02-01", anna.LastSeen);
        Assert.Equal(["by"], anna.Get("country"));
        Assert.Null(await temp.Store.View.GetEntityAsync("b"));
        var releases = await temp.Store.View.ListReleasesAsync("list");
        Assert.Equal(["2024-01-01", "2024-02-01"], releases.Select(r => r.Release));
        Assert.Equal([2L, 1L], releases.Select(r => r.Entities));
    }

    [Fact]
    public async Task Statements_from_two_datasets_assemble_into_one_entity_with_the_specific_schema()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.ImportFtmAsync(temp.WriteFile("a.ftm.json", "{\"id\": \"x\", \"schema\": \"LegalEntity\", \"properties\": {\"name\": [\"Peleng\"]}}"), "one");
        await temp.ImportFtmAsync(temp.WriteFile("b.ftm.json", "{\"id\": \"x\", \"schema\": \"Company\", \"properties\": {\"innCode\": [\"123\"]}}"), "two");

        var entity = await temp.Store.View.GetEntityAsync("x");

        Assert.Equal("Company", entity!.Schema.Name);
        Assert.Equal(["one", "two"], entity.Datasets);
        Assert.Equal("Peleng", entity.Caption);
        var stats = await temp.Store.View.GetStatsAsync(null);
        Assert.Equal(1, stats.Schemata["Company"]);
    }
}
