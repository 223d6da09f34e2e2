namespace Chokepoint.Graph.Chokepoints;

/// <summary>
/// Articulation points (cut vertices) of an undirected adjacency by Tarjan's low-link method, iterative so a
/// long chain cannot overflow the stack. Parallel edges are told apart by edge id, so two relations between
/// the same pair keep that pair together.
/// </summary>
public static class ArticulationPoints
{
    /// <summary>For each node, how many extra parts its component falls into when the node is removed (0: not a cut vertex).</summary>
    public static int[] Compute(NetworkGraph graph, Adjacency adjacency)
    {
        var n = adjacency.NodeCount;
        var discovered = new int[n];
        var low = new int[n];
        var parentEdge = new int[n];
        var cursor = new int[n];
        var splits = new int[n];
        var stack = new Stack<int>();
        var time = 0;
        for (var root = 0; root < n; root++)
        {
            if (discovered[root] != 0 || adjacency.Degree(root) == 0)
                continue;
            var rootChildren = 0;
            discovered[root] = low[root] = ++time;
            parentEdge[root] = -1;
            cursor[root] = adjacency.Offsets[root];
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                if (cursor[v] < adjacency.Offsets[v + 1])
                {
                    var i = cursor[v]++;
                    var w = adjacency.Neighbors[i];
                    var e = adjacency.Edges[i];
                    if (e == parentEdge[v])
                        continue;
                    if (discovered[w] == 0)
                    {
                        discovered[w] = low[w] = ++time;
                        parentEdge[w] = e;
                        cursor[w] = adjacency.Offsets[w];
                        stack.Push(w);
                        if (v == root)
                            rootChildren++;
                    }
                    else
                    {
                        low[v] = Math.Min(low[v], discovered[w]);
                    }
                    continue;
                }
                stack.Pop();
                if (v == root)
                    continue;
                var parent = graph.Other(parentEdge[v], v);
                low[parent] = Math.Min(low[parent], low[v]);
                if (parent != root && low[v] >= discovered[parent])
                    splits[parent]++;
            }
            splits[root] = Math.Max(0, rootChildren - 1);
        }
        return splits;
    }
}
