using Chokepoint.Graph;
using Chokepoint.Graph.Chokepoints;
using Chokepoint.Graph.Ownership;
using Chokepoint.Storage;

namespace Chokepoint.Coverage;

/// <summary>Turns a coverage analysis into a gap report.</summary>
public static class GapAnalysis
{
    private static readonly string[] LinkKinds = ["Ownership", "Supply", "Directorship"];

    public static async Task<GapReport> RunAsync(CoverageAnalysis analysis, IStoreView view, CancellationToken cancellationToken = default)
    {
        var matrix = analysis.Matrix();
        var graph = analysis.Network.Graph;
        var links = Adjacency.OfKinds(graph, AdjacencyDirection.Both, [.. graph.Kinds]);
        var sole = new SupplyIndex(graph).SuppliersOfProduct.Values.Where(s => s.Count == 1)
            .GroupBy(s => s.First()).ToDictionary(g => g.Key, g => g.Count());
        var partial = new List<GapRow>();
        var unlisted = new List<UnlistedLink>();
        var listedCache = new Dictionary<int, bool>();
        // The 50% rule here starts from the scope's entities listed under any matched id, not only from their own ids.
        var listedNodes = OwnershipAnalysis.ListedNodes(analysis.Network, null);
        foreach (var row in matrix.Rows.Where(r => r.Lists > 0))
            listedNodes[graph.Require(row.Id)] = true;
        var ownership = AggregateOwnership.Compute(graph, listedNodes);
        foreach (var row in matrix.Rows)
        {
            var nodes = row.Matches.Select(m => m.EntityId).Prepend(row.Id)
                .Select(graph.Find).OfType<int>().ToHashSet();
            var listedBy = row.Cells.Select(c => c.Authority).ToList();
            var missing = matrix.Loaded.Except(listedBy).ToList();
            if (listedBy.Count > 0 && missing.Count > 0)
            {
                partial.Add(new GapRow(row.Id, row.Caption, listedBy, missing,
                    nodes.Sum(links.Degree), nodes.Sum(v => sole.GetValueOrDefault(v))));
            }
            if (listedBy.Count == 0 && !row.SanctionTopic)
                continue;
            foreach (var node in nodes)
            {
                for (var i = links.Offsets[node]; i < links.Offsets[node + 1]; i++)
                {
                    var edge = links.Edges[i];
                    var other = links.Neighbors[i];
                    var kind = graph.KindName(edge);
                    if (nodes.Contains(other) || !LinkKinds.Contains(kind) || !graph.IsA(other, "LegalEntity"))
                        continue;
                    if (!listedCache.TryGetValue(other, out var listed))
                        listedCache[other] = listed = await IsListedAsync(analysis, view, graph, other, cancellationToken);
                    if (listed)
                        continue;
                    unlisted.Add(new UnlistedLink(graph.NodeIds[other], graph.Caption(other), graph.NodeSchemata[other]!.Name,
                        Role(kind, graph.EdgeSources[edge] == other), row.Id, row.Caption, kind, graph.EdgeRelationIds[edge],
                        ownership.Status[other] == BlockedStatus.Owned));
                }
            }
        }
        return new GapReport(matrix.Scope, matrix.Loaded,
            [.. partial.OrderByDescending(g => g.ListedBy.Count).ThenByDescending(g => g.SoleSupplies).ThenByDescending(g => g.Links).ThenBy(g => g.Caption, StringComparer.OrdinalIgnoreCase)],
            [.. unlisted.DistinctBy(u => (u.Id, u.LinkedToId, u.RelationId))
                .OrderByDescending(u => unlisted.Count(x => x.Id == u.Id)).ThenBy(u => u.Caption, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.LinkedToId, StringComparer.Ordinal)]);
    }

    /// <summary>The role of the unlisted entity towards the listed one.</summary>
    public static string Role(string relation, bool otherIsSource) => (relation, otherIsSource) switch
    {
        ("Ownership", true) => "owner",
        ("Ownership", false) => "subsidiary",
        ("Supply", true) => "supplier",
        ("Supply", false) => "customer",
        ("Directorship", true) => "director",
        ("Directorship", false) => "directed company",
        _ => relation,
    };

    private static async Task<bool> IsListedAsync(CoverageAnalysis analysis, IStoreView view, NetworkGraph graph, int node, CancellationToken cancellationToken)
    {
        if (graph.NodeFlags[node] != NodeFlags.None)
            return true;
        var entity = await view.GetEntityAsync(graph.NodeIds[node], cancellationToken);
        return entity is not null && analysis.Row(entity) is { Lists: > 0 } or { SanctionTopic: true };
    }
}
