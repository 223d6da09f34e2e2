using Chokepoint.Graph;
using Chokepoint.Graph.Chokepoints;
using Xunit;

namespace Chokepoint.Core.Tests.Graph;

public sealed class ChokepointTests
{
    private static async Task<ChokepointReport> AnalyseAsync(string? remove = null)
    {
        await using var store = await FixtureStore.LoadAsync(("supply.ftm.json", "supply"));
        var network = await NetworkLoader.LoadAsync(store.View, "supply");
        return ChokepointAnalysis.Run(network.Graph, "supply", remove);
    }

    [Fact]
    public async Task Products_with_one_supplier_are_chokepoints_and_two_suppliers_are_not()
    {
        var report = await AnalyseAsync();
        Assert.Equal(["chassis:mzkt", "optics:peleng", "steel:steelco"],
            report.SingleSupplierProducts.Select(s => $"{s.ProductId}:{s.SupplierId}").Order(StringComparer.Ordinal));
        Assert.Equal(["army"], report.SingleSupplierProducts.Single(s => s.ProductId == "optics").RecipientIds);
    }

    [Fact]
    public async Task Articulation_points_split_the_supply_tree()
    {
        var report = await AnalyseAsync();
        Assert.Equal(["peleng:3", "army:2", "mzkt:2"], report.ArticulationPoints.Select(c => $"{c.Id}:{c.Parts}"));
    }

    [Fact]
    public async Task Betweenness_follows_supply_direction()
    {
        var report = await AnalyseAsync();
        Assert.True(report.BetweennessExact);
        Assert.Equal(["peleng:2", "mzkt:1"], report.Betweenness.Select(c => $"{c.Id}:{c.Score}"));
    }

    [Fact]
    public async Task Removing_a_sole_supplier_cuts_its_products_flows_and_recipients()
    {
        var peleng = (await AnalyseAsync("peleng")).Removal!;
        Assert.Equal(["optics"], peleng.LostProducts);
        Assert.Equal("army:optics", $"{Assert.Single(peleng.LostFlows).RecipientId}:{peleng.LostFlows[0].ProductId}");
        Assert.Empty(peleng.RecipientsWithoutSupply);
        Assert.Equal(["mzkt"], (await AnalyseAsync("steelco")).Removal!.RecipientsWithoutSupply);
        var chipco = (await AnalyseAsync("chipco-a")).Removal!;
        Assert.Empty(chipco.LostProducts);
        Assert.Empty(chipco.LostFlows);
    }

    [Fact]
    public void Betweenness_on_a_path_and_a_star_is_exact()
    {
        var path = InMemory.Undirected(5, (0, 1), (1, 2), (2, 3), (3, 4));
        var scores = Betweenness.Compute(Adjacency.Build(path, AdjacencyDirection.Both), undirected: true);
        Assert.Equal([0, 3, 4, 3, 0], scores.Select(s => Math.Round(s, 6)));
        var star = InMemory.Undirected(5, (0, 1), (0, 2), (0, 3), (0, 4));
        var starScores = Betweenness.Compute(Adjacency.Build(star, AdjacencyDirection.Both), undirected: true);
        Assert.Equal([6, 0, 0, 0, 0], starScores.Select(s => Math.Round(s, 6)));
    }

    [Fact]
    public void Sampled_betweenness_estimates_the_centre_of_a_long_path()
    {
        var n = 401;
        var path = InMemory.Undirected(n, [.. Enumerable.Range(0, n - 1).Select(i => (i, i + 1))]);
        var adjacency = Adjacency.Build(path, AdjacencyDirection.Both);
        var exact = Betweenness.Compute(adjacency, undirected: true);
        var estimate = Betweenness.Compute(adjacency, undirected: true, pivots: 100, seed: 7);
        Assert.Equal(200.0 * 200.0, exact[200]);
        Assert.InRange(estimate[200] / exact[200], 0.8, 1.2);
    }

    [Fact]
    public void Articulation_points_ignore_cycles_and_parallel_relations()
    {
        // Triangle 0-1-2, then 2-3 by two relations, then 3-4: the triangle holds no cut vertex, 2 and 3 each cut one part off.
        var graph = InMemory.Undirected(5, (0, 1), (1, 2), (2, 0), (2, 3), (2, 3), (3, 4));
        var splits = ArticulationPoints.Compute(graph, Adjacency.Build(graph, AdjacencyDirection.Both));
        Assert.Equal([0, 0, 1, 1, 0], splits);
    }
}
