using Chokepoint.Graph;
using Chokepoint.Graph.Chokepoints;
using Chokepoint.Graph.Paths;

namespace Chokepoint.Web.Graph;

/// <summary>
/// What a page's Cytoscape graph draws: nodes and edges with classes (<c>highlighted</c> marks the chokepoints, or the
/// nodes and edges of the path shown), and for paths the node and edge ids of each path so the page can switch between them.
/// </summary>
public sealed record GraphView(IReadOnlyList<GraphView.Node> Nodes, IReadOnlyList<GraphView.Edge> Edges, IReadOnlyList<GraphView.Route> Paths, bool Truncated)
{
    /// <summary>Most edges a page draws; the tables below the graph list everything.</summary>
    public const int MaxEdges = 400;

    public sealed record Node(string Id, string Label, string Schema, IReadOnlyList<string> Classes);

    public sealed record Edge(string Id, string Source, string Target, string Label, IReadOnlyList<string> Classes);

    public sealed record Route(IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges);

    /// <summary>The union of the paths; the first (shortest) path is highlighted.</summary>
    public static GraphView ForPaths(PathReport report, NetworkGraph graph)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        var routes = new List<Route>();
        foreach (var (path, index) in report.Paths.Select((p, i) => (p, i)))
        {
            var routeNodes = new List<string> { report.FromId };
            var routeEdges = new List<string>();
            foreach (var step in path.Steps)
            {
                var (source, target) = step.Forward ? (step.FromId, step.ToId) : (step.ToId, step.FromId);
                var id = $"{step.RelationId}:{source}:{target}";
                edges.TryAdd(id, new Edge(id, source, target, step.Label is null ? step.Relation : $"{step.Relation} ({step.Label})", index == 0 ? ["highlighted"] : []));
                routeEdges.Add(id);
                routeNodes.Add(step.ToId);
            }
            foreach (var id in routeNodes)
            {
                var classes = new List<string>();
                if (index == 0)
                    classes.Add("highlighted");
                if (id == report.FromId || id == report.ToId)
                    classes.Add("endpoint");
                if (!nodes.ContainsKey(id))
                    nodes[id] = Describe(graph, id, classes);
            }
            routes.Add(new Route(routeNodes, routeEdges));
        }
        return new GraphView([.. nodes.Values], [.. edges.Values], routes, false);
    }

    /// <summary>The supply network (supplier → recipient, or → product when no recipient is named); chokepoints highlighted.</summary>
    public static GraphView ForSupply(ChokepointReport report, NetworkGraph graph)
    {
        var chokepoints = report.ArticulationPoints.Select(c => c.Id).Concat(report.SingleSupplierProducts.Select(s => s.SupplierId)).ToHashSet(StringComparer.Ordinal);
        var lost = report.Removal is { } removal
            ? removal.LostProducts.Concat(removal.RecipientsWithoutSupply).ToHashSet(StringComparer.Ordinal)
            : [];
        var supply = graph.KindOf("Supply");
        var shown = Enumerable.Range(0, graph.EdgeCount).Where(e => graph.EdgeKinds[e] == supply).ToList();
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var edges = new List<Edge>();
        foreach (var e in shown.Take(MaxEdges))
        {
            var (source, target, product) = (graph.NodeIds[graph.EdgeSources[e]], graph.NodeIds[graph.EdgeTargets[e]], graph.EdgeProducts[e]);
            foreach (var id in new[] { source, target })
            {
                if (nodes.ContainsKey(id))
                    continue;
                var classes = new List<string>();
                if (chokepoints.Contains(id))
                    classes.Add("highlighted");
                if (id == report.Removal?.Id)
                    classes.Add("removed");
                if (lost.Contains(id))
                    classes.Add("lost");
                nodes[id] = Describe(graph, id, classes);
            }
            var label = product >= 0 && graph.EdgeTargets[e] != product ? graph.Caption(product) : graph.EdgeLabels[e] ?? "supplies";
            edges.Add(new Edge($"{graph.EdgeRelationIds[e]}:{e}", source, target, label, chokepoints.Contains(source) ? ["from-chokepoint"] : []));
        }
        return new GraphView([.. nodes.Values], edges, [], shown.Count > MaxEdges);
    }

    private static Node Describe(NetworkGraph graph, string id, List<string> classes)
    {
        var node = graph.Find(id);
        return new Node(id, node is { } v ? graph.Caption(v) : id, node is { } w ? graph.NodeSchemata[w]?.Name ?? "Thing" : "Thing", classes);
    }
}
