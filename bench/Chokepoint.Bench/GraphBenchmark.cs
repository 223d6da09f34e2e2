using System.Diagnostics;
using Chokepoint.Graph;
using Chokepoint.Graph.Chokepoints;
using Chokepoint.Graph.Ownership;
using Chokepoint.Graph.Paths;

namespace Chokepoint.Bench;

/// <summary>
/// bench/run graph [NODES EDGES]: 50% rule over every company, k=5 shortest paths, sampled betweenness on a
/// 100,000-node part, against naive dictionary-of-lists implementations on subsamples scaled up.
/// </summary>
public sealed class GraphBenchmark : IBenchmark
{
    private const int NaiveCompanies = 20_000;
    private const int PathQueries = 50;
    private const int NaivePathQueries = 10;
    private const int BallSize = 100_000;
    private const int Pivots = 500;
    private const int NaivePivots = 4;

    public string Name => "graph";

    public string Description => "Network analytics on 1,000,000 entities / 3,000,000 relations: ownership, paths, betweenness vs naive";

    public Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var nodes = context.Args.Count > 0 ? int.Parse(context.Args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var edges = context.Args.Count > 1 ? int.Parse(context.Args[1], System.Globalization.CultureInfo.InvariantCulture) : 3_000_000;
        var baseline = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var (graph, listed) = GraphGenerator.Generate(nodes, edges);
        var memoryMb = (GC.GetTotalMemory(true) - baseline) / 1048576.0;
        BenchContext.Line($"generated {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges in {clock.Elapsed.TotalSeconds:F1} s; graph holds {memoryMb:F0} MB");

        clock.Restart();
        var result = AggregateOwnership.Compute(graph, listed);
        var ownershipS = clock.Elapsed.TotalSeconds;
        var companies = Enumerable.Range(0, graph.NodeCount).Where(v => graph.NodeSchemata[v]?.Name == "Company").ToArray();
        BenchContext.Line($"ownership: {result.Count(BlockedStatus.Listed):N0} listed, {result.Count(BlockedStatus.Owned):N0} blocked by ownership in {ownershipS:F2} s");

        var naive = new NaiveGraph(graph, listed);
        var sample = companies.Where((_, i) => i % Math.Max(1, companies.Length / NaiveCompanies) == 0).Take(NaiveCompanies).ToArray();
        clock.Restart();
        var agree = sample.Count(v => naive.Blocked(graph.NodeIds[v], []) == (result.Status[v] != BlockedStatus.NotBlocked));
        var naiveOwnershipS = clock.Elapsed.TotalSeconds * companies.Length / sample.Length;
        BenchContext.Line($"naive ownership: {sample.Length:N0} companies, scaled to all {naiveOwnershipS:F1} s; agrees on {100.0 * agree / sample.Length:F2}%");

        var undirected = Adjacency.Build(graph, AdjacencyDirection.Both);
        var paths = new KShortestPaths(graph, undirected);
        var pairs = Pairs(graph, undirected, PathQueries);
        paths.Find(pairs[^1].From, pairs[^1].To, 5, 4);
        naive.KShortest(graph.NodeIds[pairs[^1].From], graph.NodeIds[pairs[^1].To], 5, 4);
        var times = new List<double>();
        var found = 0;
        foreach (var (from, to) in pairs)
        {
            clock.Restart();
            found += paths.Find(from, to, 5, 4).Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var pathsMs = times.Average();
        clock.Restart();
        foreach (var (from, to) in pairs.Take(NaivePathQueries))
            naive.KShortest(graph.NodeIds[from], graph.NodeIds[to], 5, 4);
        var naivePathsMs = clock.Elapsed.TotalMilliseconds / NaivePathQueries;
        var pathsSpeedup = naivePathsMs / times.Take(NaivePathQueries).Average();
        BenchContext.Line($"paths: {PathQueries} queries k=5 max-hops 4, {found} paths, mean {pathsMs:F2} ms, median {times.Order().ElementAt(times.Count / 2):F2} ms, max {times.Max():F1} ms; naive mean {naivePathsMs:F1} ms on {NaivePathQueries}");

        var ball = GraphGenerator.Ball(graph, undirected, pairs[0].From, BallSize);
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var ballAdjacency = Adjacency.Build(ball, AdjacencyDirection.Both);
        var scores = Betweenness.Compute(ballAdjacency, undirected: true, pivots: Pivots, seed: 3);
        var betweennessS = clock.Elapsed.TotalSeconds;
        var betweennessCpuS = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        clock.Restart();
        NaiveBetweenness.Compute(ball, Enumerable.Range(0, NaivePivots).Select(i => i * (ball.NodeCount / NaivePivots)));
        var naiveBetweennessS = clock.Elapsed.TotalSeconds * Pivots / NaivePivots;
        BenchContext.Line($"betweenness: {ball.NodeCount:N0} nodes, {ball.EdgeCount:N0} edges, {Pivots} pivots in {betweennessS:F2} s ({betweennessCpuS:F1} s CPU; top {scores.Max():F0}); naive scaled {naiveBetweennessS:F1} s");

        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        BenchContext.Line($"speed-ups: ownership x{naiveOwnershipS / ownershipS:F1}, paths x{pathsSpeedup:F1}, betweenness x{naiveBetweennessS / betweennessS:F1}; peak working set {peakMb:F0} MB");
        BenchContext.Figures(("ownership_s", ownershipS), ("paths_ms", pathsMs), ("betweenness_s", betweennessS), ("vs_naive", naiveOwnershipS / ownershipS),
            ("memory_mb", memoryMb), ("paths_vs_naive", pathsSpeedup), ("betweenness_vs_naive", naiveBetweennessS / betweennessS), ("betweenness_cpu_s", betweennessCpuS), ("peak_mb", peakMb));
        return Task.FromResult(0);
    }

    /// <summary>Pairs two to four hops apart: a random walk from a random linked entity.</summary>
    private static List<(int From, int To)> Pairs(NetworkGraph graph, Adjacency adjacency, int count)
    {
        var random = new Random(11);
        var pairs = new List<(int, int)>();
        while (pairs.Count < count)
        {
            var from = random.Next(graph.NodeCount);
            var at = from;
            for (var step = 0; step < 2 + random.Next(3) && adjacency.Degree(at) > 0; step++)
                at = adjacency.Neighbors[adjacency.Offsets[at] + random.Next(adjacency.Degree(at))];
            if (at != from)
                pairs.Add((from, at));
        }
        return pairs;
    }
}
