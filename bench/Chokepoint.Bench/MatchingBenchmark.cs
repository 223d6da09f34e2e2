using System.Diagnostics;
using Chokepoint.Matching;
using Chokepoint.Matching.Algorithms;
using Chokepoint.Model;
using FuzzySharp;

namespace Chokepoint.Bench;

/// <summary>
/// bench/run matching: single-name queries per second and p99 latency against the match index of every
/// OFAC SDN name, against brute-force FuzzySharp token-set ratio and PostgreSQL pg_trgm over the same
/// names and queries in the same run; index memory; batch screening rate extrapolated to 1,000,000 names.
/// </summary>
public sealed class MatchingBenchmark : IBenchmark
{
    private const int QueryCount = 4000;
    private const int BruteForceSample = 20;
    private const int BatchNames = 40000;

    public string Name => "matching";

    public string Description => "Match index vs brute-force FuzzySharp and pg_trgm: queries/s, p99, index memory, batch rate";

    public async Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var path = context.Shared("sanctions/ofac/ofac-sdn_2026-08-20.json");
        var entities = path is not null
            ? MatchingBenchData.LoadOfac(path)
            : [];
        if (entities.Count == 0)
        {
            BenchContext.Line("error: the OFAC SDN JSON is needed for this benchmark");
            return 1;
        }
        var names = entities.SelectMany(e => e.Get("name").Concat(e.Get("alias")).Select(n => (e.Id, Name: n))).ToList();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = new MatchIndex();
        index.Replace(IndexSegment.Build("ofac", entities));
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var indexMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
        GC.KeepAlive(entities);
        BenchContext.Line($"index: {index.EntityCount:N0} entities, {index.NameCount:N0} names, built in {buildSeconds:0.00} s, {indexMb:0.0} MB (entities included)");

        var matcher = new Matcher(index);
        var parameters = new MatchParameters();
        var algorithm = MatchAlgorithms.Default;
        var queries = MatchingBenchData.Queries(entities, QueryCount);
        var subjects = queries.Select(q => QueryParser.Parse("q", QueryParser.Single(q.Schema, q.Name), true).Subject).ToList();
        foreach (var subject in subjects.Take(500))
            matcher.Run(subject, parameters, algorithm);

        // Latency: one query at a time, each timed.
        var latencies = new double[subjects.Count];
        var found = 0;
        for (var i = 0; i < subjects.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var (results, _) = matcher.Run(subjects[i], parameters, algorithm);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (results.Any(r => r.Id == queries[i].EntityId))
                found++;
        }
        Array.Sort(latencies);
        var p50 = latencies[latencies.Length / 2];
        var p99 = latencies[(int)(latencies.Length * 0.99)];
        // Throughput: all cores, each query once per round, two rounds.
        clock.Restart();
        Parallel.For(0, subjects.Count * 2, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => matcher.Run(subjects[i % subjects.Count], parameters, algorithm));
        var ours = subjects.Count * 2 / clock.Elapsed.TotalSeconds;
        BenchContext.Line($"ours: {ours:0} queries/s on {Environment.ProcessorCount} cores, p50 {p50:0.000} ms, p99 {p99:0.000} ms, source entity in results for {100.0 * found / subjects.Count:0.0}% of {subjects.Count:N0} perturbed queries");

        // Brute force: FuzzySharp token-set ratio of every name, on a subsample, scaled to all cores.
        var plainNames = names.Select(n => n.Name).ToArray();
        clock.Restart();
        foreach (var query in queries.Take(BruteForceSample))
        {
            var best = 0;
            foreach (var name in plainNames)
                best = Math.Max(best, Fuzz.TokenSetRatio(query.Name, name));
        }
        var brute = BruteForceSample / clock.Elapsed.TotalSeconds * Environment.ProcessorCount;
        BenchContext.Line($"brute force (FuzzySharp token-set ratio over {plainNames.Length:N0} names): {brute:0.0} queries/s scaled to {Environment.ProcessorCount} cores");

        var pg = await PgTrgmBaseline.RunAsync(names, queries.Take(2000).Select(q => q.Name).ToList(), cancellationToken);
        if (pg is { } pgRate)
            BenchContext.Line($"pg_trgm (GIN, similarity, limit 5): {pgRate:0} queries/s with {Environment.ProcessorCount} connections");

        // Batch screening: names per second over all cores, extrapolated to 1,000,000 names.
        clock.Restart();
        Parallel.For(0, BatchNames, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var q = queries[i % queries.Count];
            var subject = QueryParser.Parse("q", QueryParser.Single(q.Schema, q.Name), true).Subject;
            matcher.Run(subject, parameters, algorithm);
        });
        var batch = BatchNames / clock.Elapsed.TotalSeconds;
        BenchContext.Line($"batch: {batch:0} names/s screened (parse + match), 1,000,000 names in {1_000_000 / batch / 60:0.0} min");
        BenchContext.Figures(("queries_per_s", ours), ("p99_ms", p99), ("vs_bruteforce", ours / brute),
            ("vs_pg_trgm", pg is { } r ? ours / r : 0), ("index_mb", indexMb));
        return 0;
    }
}
