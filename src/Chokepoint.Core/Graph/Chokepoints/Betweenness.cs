namespace Chokepoint.Graph.Chokepoints;

/// <summary>
/// Betweenness centrality by Brandes' algorithm (betweenness-v1) on unweighted edges: exact when every node
/// is a source, otherwise estimated from <c>pivots</c> sources drawn at random and scaled by n / pivots.
/// Sources are shared between worker threads, each with its own scratch arrays. On an undirected
/// adjacency each pair is counted once.
/// </summary>
public static class Betweenness
{
    public static double[] Compute(Adjacency adjacency, bool undirected, int pivots = int.MaxValue, int seed = 1, int? threads = null)
    {
        var n = adjacency.NodeCount;
        var sources = Sources(adjacency, pivots, seed, out var exact);
        var workers = Math.Max(1, Math.Min(threads ?? Environment.ProcessorCount, Math.Max(1, sources.Length / 4)));
        var partials = new double[workers][];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var scratch = new Scratch(n);
            var centrality = new double[n];
            for (var i = w; i < sources.Length; i += workers)
                Accumulate(adjacency, sources[i], scratch, centrality);
            partials[w] = centrality;
        });
        var total = new double[n];
        var scale = (exact ? 1.0 : (double)Active(adjacency) / sources.Length) * (undirected ? 0.5 : 1.0);
        foreach (var partial in partials)
        {
            for (var v = 0; v < n; v++)
                total[v] += partial[v] * scale;
        }
        return total;
    }

    private static int[] Sources(Adjacency adjacency, int pivots, int seed, out bool exact)
    {
        var active = Enumerable.Range(0, adjacency.NodeCount).Where(v => adjacency.Degree(v) > 0).ToArray();
        exact = pivots >= active.Length;
        if (exact)
            return active;
        new Random(seed).Shuffle(active);
        return active[..pivots];
    }

    private static int Active(Adjacency adjacency)
    {
        var count = 0;
        for (var v = 0; v < adjacency.NodeCount; v++)
        {
            if (adjacency.Degree(v) > 0)
                count++;
        }
        return count;
    }

    private static void Accumulate(Adjacency adjacency, int source, Scratch s, double[] centrality)
    {
        var offsets = adjacency.Offsets;
        var neighbors = adjacency.Neighbors;
        var (distance, paths, dependencies, visited) = (s.Distance, s.Paths, s.Dependency, s.Order);
        var count = 0;
        var head = 0;
        distance[source] = 0;
        paths[source] = 1;
        visited[count++] = source;
        // The visit order doubles as the BFS queue: nodes are appended in non-decreasing distance.
        while (head < count)
        {
            var v = visited[head++];
            var next = distance[v] + 1;
            var sigma = paths[v];
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = neighbors[i];
                var d = distance[w];
                if (d < 0)
                {
                    distance[w] = d = next;
                    visited[count++] = w;
                }
                if (d == next)
                    paths[w] += sigma;
            }
        }
        for (var k = count - 1; k >= 0; k--)
        {
            var v = visited[k];
            var next = distance[v] + 1;
            var dependency = 0.0;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = neighbors[i];
                if (distance[w] == next)
                    dependency += (1 + dependencies[w]) / paths[w];
            }
            dependency *= paths[v];
            dependencies[v] = dependency;
            if (v != source)
                centrality[v] += dependency;
        }
        for (var k = 0; k < count; k++)
        {
            var v = visited[k];
            distance[v] = -1;
            paths[v] = 0;
            dependencies[v] = 0;
        }
    }

    private sealed class Scratch
    {
        public Scratch(int n)
        {
            Distance = new int[n];
            Array.Fill(Distance, -1);
            Paths = new double[n];
            Dependency = new double[n];
            Order = new int[n];
        }

        public int[] Distance { get; }
        public double[] Paths { get; }
        public double[] Dependency { get; }
        public int[] Order { get; }
    }
}
