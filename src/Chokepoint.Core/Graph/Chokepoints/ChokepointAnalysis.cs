namespace Chokepoint.Graph.Chokepoints;

/// <summary>
/// Chokepoints of the supply network: single-supplier products, articulation points of the Supply edges
/// taken as undirected, betweenness along supply direction (exact up to <c>pivots</c> sources, sampled
/// beyond), and optionally the effect of removing one entity.
/// </summary>
public static class ChokepointAnalysis
{
    public static ChokepointReport Run(NetworkGraph graph, string? dataset, string? removeId = null, int pivots = 2000, int top = 20, int seed = 1)
    {
        var supplies = new SupplyIndex(graph);
        int? removed = removeId is null ? null : graph.Require(removeId);
        var undirected = Adjacency.OfKinds(graph, AdjacencyDirection.Both, "Supply");
        var splits = ArticulationPoints.Compute(graph, undirected);
        var cuts = Enumerable.Range(0, graph.NodeCount).Where(v => splits[v] > 0)
            .OrderByDescending(v => splits[v]).ThenBy(v => graph.NodeIds[v], StringComparer.Ordinal)
            .Select(v => new CutEntity(graph.NodeIds[v], graph.Caption(v), splits[v] + 1)).ToList();
        var directed = Adjacency.OfKinds(graph, AdjacencyDirection.Out, "Supply");
        var active = Enumerable.Range(0, graph.NodeCount).Count(v => directed.Degree(v) > 0);
        var scores = Betweenness.Compute(directed, undirected: false, pivots, seed);
        var central = Enumerable.Range(0, graph.NodeCount).Where(v => scores[v] > 0)
            .OrderByDescending(v => scores[v]).ThenBy(v => graph.NodeIds[v], StringComparer.Ordinal).Take(top)
            .Select(v => new CentralEntity(graph.NodeIds[v], graph.Caption(v), Math.Round(scores[v], 3))).ToList();
        var entities = Enumerable.Range(0, graph.NodeCount).Count(v => undirected.Degree(v) > 0);
        return new ChokepointReport(dataset, entities, supplies.Edges.Count, [.. supplies.SingleSupplierProducts()], cuts, central,
            pivots >= active, Math.Min(pivots, active), removed is { } node ? supplies.Remove(node) : null);
    }
}
