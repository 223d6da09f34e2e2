using Chokepoint.Search;

namespace Chokepoint.Core.Tests.Search;

public sealed class NameSnapshotTests
{
    private static readonly string[] NameProps = ["alias", "name", "previousName", "weakAlias"];

    [Fact]
    public async Task Snapshot_finds_the_same_names_as_the_store_scan()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ImportAsync("ftm", TestStore.Fixture("ftm/zala.entities.ftm.json"), "zala");
        await test.ImportAsync("ftm", TestStore.Fixture("ftm/t1.entities.ftm.json"), "t1");
        foreach (var dataset in new[] { null, "zala", "t1" })
        {
            var snapshot = new NameSnapshot(await test.Store.View.FindNamesAsync(null, dataset, NameProps, int.MaxValue));
            foreach (var token in new string?[] { null, "zala", "aero", "a", "ооо", "1", "no-such-token" })
            {
                var scanned = await test.Store.View.FindNamesAsync(token, dataset, NameProps, int.MaxValue);
                Assert.Equal(Sorted(scanned), Sorted(snapshot.Find(token, int.MaxValue)));
            }
        }
    }

    private static List<string> Sorted(IEnumerable<Chokepoint.Storage.NameCandidate> names) =>
        names.Select(n => $"{n.EntityId}\t{n.Name}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Snapshots_are_rebuilt_when_a_dataset_changes()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ImportAsync("ftm", TestStore.Fixture("ftm/zala.entities.ftm.json"), "zala");
        var snapshots = new NameSnapshots(test.Store, NameProps);
        var before = await snapshots.GetAsync(null, CancellationToken.None);
        Assert.Same(before, await snapshots.GetAsync(null, CancellationToken.None));
        await test.ImportAsync("ftm", TestStore.Fixture("ftm/t1.entities.ftm.json"), "t1");
        var after = await snapshots.GetAsync(null, CancellationToken.None);
        Assert.NotSame(before, after);
        Assert.True(after.Count > before.Count);
    }
}
