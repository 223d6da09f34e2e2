using Chokepoint.Storage;

namespace Chokepoint.Graph.Paths;

/// <summary>Finds the k shortest paths between two entities and attaches each relation's sources from the store.</summary>
public static class PathFinder
{
    public static async Task<PathReport> FindAsync(IStoreView view, NetworkGraph graph, string fromId, string toId, int k, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var from = graph.Require(fromId);
        var to = graph.Require(toId);
        var paths = new KShortestPaths(graph).Find(from, to, k, maxHops);
        var sources = new Dictionary<string, IReadOnlyList<PathSource>>(StringComparer.Ordinal);
        foreach (var relationId in paths.SelectMany(p => p.Edges).Select(e => graph.EdgeRelationIds[e]).Distinct())
            sources[relationId] = await SourcesOfAsync(view, relationId, cancellationToken);
        var evidence = paths.Select(p => new EvidencePath(p.Hops, [.. p.Edges.Select((e, i) => Step(graph, p.Nodes[i], e, sources[graph.EdgeRelationIds[e]]))])).ToList();
        return new PathReport(fromId, graph.Caption(from), toId, graph.Caption(to), maxHops, evidence);
    }

    public static PathStep Step(NetworkGraph graph, int from, int edge, IReadOnlyList<PathSource> sources)
    {
        var to = graph.Other(edge, from);
        return new PathStep(graph.NodeIds[from], graph.Caption(from), graph.NodeIds[to], graph.Caption(to),
            graph.KindName(edge), graph.EdgeRelationIds[edge], graph.EdgeLabels[edge], graph.EdgeSources[edge] == from, sources);
    }

    private static async Task<IReadOnlyList<PathSource>> SourcesOfAsync(IStoreView view, string relationId, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, PathSource>(StringComparer.Ordinal);
        await foreach (var statement in view.StreamStatementsAsync(relationId, cancellationToken))
        {
            var source = statement.SourceId ?? statement.Dataset;
            if (!found.TryGetValue(source, out var known) || (known.Quote is null && statement.Quote is not null))
                found[source] = new PathSource(source, statement.Grading, statement.Quote);
        }
        return [.. found.Values.OrderBy(s => s.SourceId, StringComparer.Ordinal)];
    }
}
