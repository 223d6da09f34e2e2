using Chokepoint.Graph;
using Chokepoint.Graph.Paths;
using Xunit;

namespace Chokepoint.Core.Tests.Graph;

public sealed class PathsTests
{
    [Fact]
    public async Task K_shortest_paths_tell_parallel_relations_apart_and_cite_sources()
    {
        await using var store = await FixtureStore.LoadAsync(("paths.ftm.json", "paths"));
        var network = await NetworkLoader.LoadAsync(store.View, null);
        var report = await PathFinder.FindAsync(store.View, network.Graph, "a", "d", k: 5, maxHops: 4);
        Assert.Equal([2, 2, 2, 3], report.Paths.Select(p => p.Hops));
        Assert.Equal(
            ["rel-ab-1 rel-bd", "rel-ab-2 rel-bd", "rel-ac rel-cd", "rel-ae rel-ef rel-fd"],
            report.Paths.Select(p => string.Join(' ', p.Steps.Select(s => s.RelationId))).Order(StringComparer.Ordinal));
        var viaB = report.Paths.First(p => p.Steps[0].RelationId == "rel-ab-1");
        Assert.False(viaB.Steps[1].Forward);
        Assert.Equal("Ownership", viaB.Steps[1].Relation);
        Assert.All(report.Paths.SelectMany(p => p.Steps), s => Assert.NotEmpty(s.Sources));
    }

    [Fact]
    public async Task Max_hops_and_k_bound_the_answer()
    {
        await using var store = await FixtureStore.LoadAsync(("paths.ftm.json", "paths"));
        var graph = (await NetworkLoader.LoadAsync(store.View, null)).Graph;
        Assert.Equal(3, (await PathFinder.FindAsync(store.View, graph, "a", "d", 5, 2)).Paths.Count);
        Assert.Single((await PathFinder.FindAsync(store.View, graph, "a", "d", 1, 4)).Paths);
        Assert.Empty((await PathFinder.FindAsync(store.View, graph, "a", "g", 5, 4)).Paths);
    }

    [Fact]
    public void Yen_finds_paths_in_order_of_length_on_a_ladder()
    {
        // 0-1-2-3 along the top, 0-4-5-3 along the bottom, rungs 1-4 and 2-5.
        var graph = InMemory.Undirected(6, (0, 1), (1, 2), (2, 3), (0, 4), (4, 5), (5, 3), (1, 4), (2, 5));
        var paths = new KShortestPaths(graph).Find(0, 3, k: 10, maxHops: 6);
        Assert.Equal([3, 3, 4, 4, 4, 4, 5, 5], paths.Select(p => p.Hops));
        Assert.Equal(paths.Count, paths.Select(p => string.Join(',', p.Edges)).Distinct().Count());
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Distinct().Count()));
    }
}
