namespace Chokepoint.Graph.Paths;

/// <summary>
/// Yen's algorithm (paths-v1) over the network taken as undirected: the k shortest loop-free paths by hop
/// count, each at most <c>maxHops</c> edges. Two relations between the same pair of entities make two
/// paths, since each is separate evidence. Ties keep the order in which they were found.
/// </summary>
public sealed class KShortestPaths
{
    private readonly NetworkGraph _graph;
    private readonly BoundedSearch _search;

    public KShortestPaths(NetworkGraph graph, Adjacency? adjacency = null)
    {
        _graph = graph;
        _search = new BoundedSearch(graph, adjacency ?? Adjacency.Build(graph, AdjacencyDirection.Both));
    }

    /// <summary>Up to <paramref name="k"/> paths, shortest first; each is the list of its edges from <paramref name="from"/>.</summary>
    public List<GraphPath> Find(int from, int to, int k, int maxHops)
    {
        var found = new List<GraphPath>();
        if (k <= 0 || from == to)
            return found;
        if (_search.Find(from, to, maxHops, [], EmptyEdges) is not { } first)
            return found;
        found.Add(Walk(from, first));
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(first) };
        var candidates = new PriorityQueue<GraphPath, (int Hops, long Order)>();
        long order = 0;
        while (found.Count < k)
        {
            var previous = found[^1];
            for (var i = 0; i < previous.Edges.Count; i++)
            {
                var spur = previous.Nodes[i];
                var root = previous.Edges.Take(i).ToList();
                var bannedEdges = new HashSet<int>();
                foreach (var path in found)
                {
                    if (path.Edges.Count > i && path.Edges.Take(i).SequenceEqual(root))
                        bannedEdges.Add(path.Edges[i]);
                }
                var bannedNodes = previous.Nodes.Take(i);
                if (_search.Find(spur, to, maxHops - i, bannedNodes, bannedEdges) is not { } tail)
                    continue;
                root.AddRange(tail);
                if (seen.Add(Key(root)))
                    candidates.Enqueue(Walk(from, root), (root.Count, order++));
            }
            if (!candidates.TryDequeue(out var next, out _))
                break;
            found.Add(next);
        }
        return found;
    }

    private static readonly HashSet<int> EmptyEdges = [];

    private GraphPath Walk(int from, List<int> edges)
    {
        var nodes = new List<int>(edges.Count + 1) { from };
        foreach (var edge in edges)
            nodes.Add(_graph.Other(edge, nodes[^1]));
        return new GraphPath(nodes, edges);
    }

    private static string Key(List<int> edges) => string.Join(',', edges);
}
