namespace Chokepoint.Graph;

/// <summary>
/// Compressed sparse rows over a subset of the edges: the neighbours of node <c>v</c> are
/// <c>Neighbors[Offsets[v]..Offsets[v + 1]]</c>, reached through edge <c>Edges[i]</c>.
/// </summary>
public sealed class Adjacency
{
    private Adjacency(int[] offsets, int[] neighbors, int[] edges)
    {
        Offsets = offsets;
        Neighbors = neighbors;
        Edges = edges;
    }

    public int[] Offsets { get; }
    public int[] Neighbors { get; }
    public int[] Edges { get; }

    public int NodeCount => Offsets.Length - 1;

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>Counting sort of the chosen edges by their start node: O(nodes + edges), no per-node lists.</summary>
    public static Adjacency Build(NetworkGraph graph, AdjacencyDirection direction, Func<int, bool>? include = null)
    {
        var n = graph.NodeCount;
        var counts = new int[n + 1];
        var sources = graph.EdgeSources;
        var targets = graph.EdgeTargets;
        var total = 0;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (include is not null && !include(e))
                continue;
            if (direction != AdjacencyDirection.In)
            {
                counts[sources[e] + 1]++;
                total++;
            }
            if (direction != AdjacencyDirection.Out)
            {
                counts[targets[e] + 1]++;
                total++;
            }
        }
        for (var v = 0; v < n; v++)
            counts[v + 1] += counts[v];
        var offsets = (int[])counts.Clone();
        var neighbors = new int[total];
        var edges = new int[total];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (include is not null && !include(e))
                continue;
            if (direction != AdjacencyDirection.In)
            {
                var slot = counts[sources[e]]++;
                neighbors[slot] = targets[e];
                edges[slot] = e;
            }
            if (direction != AdjacencyDirection.Out)
            {
                var slot = counts[targets[e]]++;
                neighbors[slot] = sources[e];
                edges[slot] = e;
            }
        }
        return new Adjacency(offsets, neighbors, edges);
    }

    /// <summary>Edges of the given relation schemata only (unknown schema names select nothing).</summary>
    public static Adjacency OfKinds(NetworkGraph graph, AdjacencyDirection direction, params string[] kinds)
    {
        var selected = new bool[256];
        foreach (var kind in kinds)
        {
            if (graph.KindOf(kind) is var k and >= 0)
                selected[k] = true;
        }
        var edgeKinds = graph.EdgeKinds;
        return Build(graph, direction, e => selected[edgeKinds[e]]);
    }

    public long Bytes => (Offsets.Length + (long)Neighbors.Length * 2) * 4;
}
