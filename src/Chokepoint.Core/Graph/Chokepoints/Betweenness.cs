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
        var order = 0;
        var head = 0;
        s.Distance[source] = 0;
        s.Paths[source] = 1;
        s.Order[order++] = source;
        // Order doubles as the BFS queue: nodes are appended in non-decreasing distance.
        while (head < order)
        {
            var v = s.Order[head++];
            var next = s.Distance[v] + 1;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = neighbors[i];
                if (s.Distance[w] < 0)
                {
                    s.Distance[w] = next;
                    s.Order[order++] = w;
                }
                if (s.Distance[w] == next)
                    s.Paths[w] += s.Paths[v];
            }
        }
        for (var k = order - 1; k >= 0; k--)
        {
            var v = s.Order[k];
            var next = s.Distance[v] + 1;
            var dependency = 0.0;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = neighbors[i];
                if (s.Distance[w] == next)
                    dependency += s.Paths[v] / s.Paths[w] * (1 + s.Dependency[w]);
            }
            s.Dependency[v] = dependency;
            if (v != source)
                centrality[v] += dependency;
        }
        for (var k = 0; k < order; k++)
        {
            var v = s.Order[k];
            s.Distance[v] = -1;
            s.Paths[v] = 0;
            s.Dependency[v] = 0;
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
