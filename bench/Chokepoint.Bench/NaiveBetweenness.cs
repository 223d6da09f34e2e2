using Chokepoint.Graph;

namespace Chokepoint.Bench;

/// <summary>The baseline for betweenness: Brandes from given sources on a dictionary-of-lists graph, fresh hash maps per source.</summary>
public static class NaiveBetweenness
{
    public static Dictionary<string, double> Compute(NetworkGraph graph, IEnumerable<int> sources)
    {
        var links = new Dictionary<string, List<string>>();
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var (s, t) = (graph.NodeIds[graph.EdgeSources[e]], graph.NodeIds[graph.EdgeTargets[e]]);
            (links.TryGetValue(s, out var a) ? a : links[s] = []).Add(t);
            (links.TryGetValue(t, out var b) ? b : links[t] = []).Add(s);
        }
        var centrality = new Dictionary<string, double>();
        foreach (var source in sources.Select(v => graph.NodeIds[v]))
        {
            var stack = new Stack<string>();
            var predecessors = new Dictionary<string, List<string>>();
            var sigma = new Dictionary<string, double> { [source] = 1 };
            var distance = new Dictionary<string, int> { [source] = 0 };
            var queue = new Queue<string>([source]);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                foreach (var w in links.GetValueOrDefault(v) ?? [])
                {
                    if (!distance.ContainsKey(w))
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }
                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] = sigma.GetValueOrDefault(w) + sigma[v];
                        (predecessors.TryGetValue(w, out var p) ? p : predecessors[w] = []).Add(v);
                    }
                }
            }
            var delta = new Dictionary<string, double>();
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in predecessors.GetValueOrDefault(w) ?? [])
                    delta[v] = delta.GetValueOrDefault(v) + sigma[v] / sigma[w] * (1 + delta.GetValueOrDefault(w));
                if (w != source)
                    centrality[w] = centrality.GetValueOrDefault(w) + delta.GetValueOrDefault(w);
            }
        }
        return centrality;
    }
}
