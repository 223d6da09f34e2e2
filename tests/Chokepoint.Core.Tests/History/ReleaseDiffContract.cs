using Chokepoint.Core.Tests.Storage;
using Chokepoint.History;

namespace Chokepoint.Core.Tests.History;

/// <summary>Release diffs of real OFAC files, on each engine.</summary>
public abstract class ReleaseDiffContract
{
    /// <summary>Whether this class runs on PostgreSQL (the test server) rather than a SQLite file.</summary>
    protected abstract bool Postgres { get; }

    private static readonly string Early = TestStore.Fixture("ofac/sdn_2022-02-17.csv");
    private static readonly string Late = TestStore.Fixture("ofac/sdn_2022-02-28.csv");

    [StoreFact]
    public async Task Added_and_removed_listed_entities_match_the_files()
    {
        await AssertAddedAndRemovedAsync(outOfOrder: false);
        await AssertAddedAndRemovedAsync(outOfOrder: true);
    }

    private async Task AssertAddedAndRemovedAsync(bool outOfOrder)
    {
        await using var test = await TestStore.CreateAsync(Postgres);
        foreach (var file in outOfOrder ? new[] { Late, Early } : [Early, Late])
            await test.ImportAsync("ofac-sdn-csv", file, "us_ofac_sdn");
        var early = FixtureCounts.OfacEntries(Early).Keys.Select(n => $"ofac-{n}").ToHashSet();
        var late = FixtureCounts.OfacEntries(Late).Keys.Select(n => $"ofac-{n}").ToHashSet();
        Assert.NotEmpty(late.Except(early));

        var forward = await ReleaseDiffer.DiffAsync(test.Store, "us_ofac_sdn", "2022-02-17", "2022-02-28");
        Assert.Equal(late.Except(early).Order(), forward.Where(c => c.Change == ChangeKind.Added).Select(c => c.Id).Order());
        Assert.Equal(early.Except(late).Order(), forward.Where(c => c.Change == ChangeKind.Removed).Select(c => c.Id).Order());
        var backward = await ReleaseDiffer.DiffAsync(test.Store, "us_ofac_sdn", "2022-02-28", "2022-02-17");
        Assert.Equal(late.Except(early).Order(), backward.Where(c => c.Change == ChangeKind.Removed).Select(c => c.Id).Order());

        var current = new HashSet<string>();
        await foreach (var entity in test.Store.View.StreamEntitiesAsync("us_ofac_sdn"))
        {
            if (ReleaseDiffer.IsListed(entity.Schema))
                current.Add(entity.Id);
        }
        Assert.Equal(late.Order(), current.Order());
    }

    [StoreFact]
    public async Task Change_of_a_sanction_counts_as_a_change_of_its_listed_entity()
    {
        await using var test = await TestStore.CreateAsync(Postgres);
        await test.ImportAsync("ofac-sdn-csv", Early, "us_ofac_sdn");
        var edited = Path.Combine(test.Folder, "sdn_2022-03-01.csv");
        var lines = File.ReadAllLines(Early);
        var index = Array.FindIndex(lines, l => l.Contains(",\"SDGT\",", StringComparison.Ordinal));
        lines[index] = lines[index].Replace(",\"SDGT\",", ",\"SDGT] [IRAN\",", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(edited, lines);
        await test.ImportAsync("ofac-sdn-csv", edited, "us_ofac_sdn");
        var changes = await ReleaseDiffer.DiffAsync(test.Store, "us_ofac_sdn", "2022-02-17", "2022-03-01");
        var change = Assert.Single(changes);
        Assert.Equal(ChangeKind.Changed, change.Change);
        Assert.Equal(["IRAN"], change.Properties["program"].Added);
        Assert.Equal(["IRAN"], change.Properties["Sanction.program"].Added);
    }
}
