using Chokepoint.Graph;

namespace Chokepoint.Bench;

/// <summary>
/// The baseline: the same network as dictionaries of lists keyed by entity id, with the textbook algorithms
/// written directly on them (recursive ownership sums, plain BFS for Yen's spurs, Brandes with hash maps).
/// </summary>
public sealed class NaiveGraph
{
    private readonly Dictionary<string, List<(string Owner, float Pct)>> _owners = [];
    private readonly Dictionary<string, List<(string Node, string Relation)>> _links = [];
    private readonly HashSet<string> _listed = [];

    public NaiveGraph(NetworkGraph graph, bool[] listed)
    {
        var ownership = graph.KindOf("Ownership");
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var (s, t) = (graph.NodeIds[graph.EdgeSources[e]], graph.NodeIds[graph.EdgeTargets[e]]);
            if (graph.EdgeKinds[e] == ownership)
                Add(_owners, t, (s, graph.EdgePercentages[e]));
            Add(_links, s, (t, graph.EdgeRelationIds[e]));
            Add(_links, t, (s, graph.EdgeRelationIds[e]));
        }
        for (var v = 0; v < listed.Length; v++)
        {
            if (listed[v])
                _listed.Add(graph.NodeIds[v]);
        }
    }

    /// <summary>Per-company recursion over owners, a path set against cycles and a depth limit instead of a fixed point.</summary>
    public bool Blocked(string id, HashSet<string> path, int depth = 8)
    {
        if (_listed.Contains(id))
            return true;
        if (depth == 0 || !path.Add(id))
            return false;
        var sum = 0.0;
        foreach (var (owner, pct) in _owners.GetValueOrDefault(id) ?? [])
        {
            if (!float.IsNaN(pct) && Blocked(owner, path, depth - 1))
                sum += pct;
        }
        path.Remove(id);
        return sum >= 50 - 1e-3;
    }

    public List<List<string>> KShortest(string from, string to, int k, int maxHops)
    {
        var found = new List<List<string>>();
        if (Bfs(from, to, maxHops, [], []) is not { } first)
            return found;
        found.Add(first);
        var candidates = new List<List<string>>();
        while (found.Count < k)
        {
            var previous = found[^1];
            var nodes = Nodes(from, previous);
            for (var i = 0; i < previous.Count; i++)
            {
                var root = previous.Take(i).ToList();
                var bannedRelations = found.Where(p => p.Count > i && p.Take(i).SequenceEqual(root)).Select(p => p[i]).ToHashSet();
                if (Bfs(nodes[i], to, maxHops - i, [.. nodes.Take(i)], bannedRelations) is not { } tail)
                    continue;
                var path = root.Concat(tail).ToList();
                if (!found.Concat(candidates).Any(p => p.SequenceEqual(path)))
                    candidates.Add(path);
            }
            if (candidates.Count == 0)
                break;
            var best = candidates.OrderBy(p => p.Count).First();
            candidates.Remove(best);
            found.Add(best);
        }
        return found;
    }

    private List<string>? Bfs(string from, string to, int maxHops, HashSet<string> bannedNodes, HashSet<string> bannedRelations)
    {
        var parent = new Dictionary<string, (string Node, string Relation)> { [from] = ("", "") };
        var depth = new Dictionary<string, int> { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (v == to)
                break;
            if (depth[v] >= maxHops)
                continue;
            foreach (var (w, relation) in _links.GetValueOrDefault(v) ?? [])
            {
                if (bannedNodes.Contains(w) || bannedRelations.Contains(relation) || parent.ContainsKey(w))
                    continue;
                parent[w] = (v, relation);
                depth[w] = depth[v] + 1;
                queue.Enqueue(w);
            }
        }
        if (!parent.ContainsKey(to))
            return null;
        var path = new List<string>();
        for (var node = to; node != from; node = parent[node].Node)
            path.Add(parent[node].Relation);
        path.Reverse();
        return path;
    }

    private List<string> Nodes(string from, List<string> relations)
    {
        var nodes = new List<string> { from };
        foreach (var relation in relations)
            nodes.Add(_links[nodes[^1]].First(l => l.Relation == relation).Node);
        return nodes;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(value);
    }
}
