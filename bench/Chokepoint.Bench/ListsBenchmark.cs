using System.Diagnostics;
using System.Xml.Linq;
using Chokepoint.Importing;
using Chokepoint.Sources;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;

namespace Chokepoint.Bench;

/// <summary>
/// Imports the full OFAC SDN list (2024-05-03, ~15,000 entries), the 2021-07 SDN set (with add/alt/comments)
/// and the UN consolidated list into fresh SQLite files, checks listed-entity counts against counts taken
/// from the source files, and compares OFAC's statements per second with the foundation's FtM import of the
/// same statements (the baseline).
/// </summary>
public sealed class ListsBenchmark : IBenchmark
{
    public string Name => "lists";

    public string Description => "import OFAC SDN and UN lists; counts per schema; speed vs the FtM import baseline";

    public async Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var sdn = context.Shared("sanctions/ofac/sdn_2024-05-03.csv") ?? Path.Combine(context.RepoRoot, "data/us_ofac_sdn/sdn.csv.gz");
        var set = context.Shared("sanctions/ofac/set_2021-07");
        var un = context.Shared("sanctions/un/un_consolidated_2026-02-27.xml") ?? Path.Combine(context.RepoRoot, "data/un_sc_sanctions/un_consolidated.xml.gz");
        var scratch = context.ScratchDirectory();
        var failures = 0;
        try
        {
            var readSeconds = await ReadOnlyAsync("ofac-sdn-csv", sdn, "us_ofac_sdn", cancellationToken);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (ofacSeconds, ofac) = await ImportAsync(Path.Combine(scratch, "ofac.db"), "ofac-sdn-csv", sdn, "us_ofac_sdn", cancellationToken);
            var ofacCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            failures += await CheckAsync(ofac.Store, "us_ofac_sdn", OfacExpected(sdn), cancellationToken);
            if (set is not null)
            {
                var (setSeconds, setStore) = await ImportAsync(Path.Combine(scratch, "set.db"), "ofac-sdn-csv", set, "us_ofac_sdn", cancellationToken);
                BenchContext.Line($"ofac set 2021-07: {setSeconds:F2} s, {setStore.Statements:N0} statements");
                failures += await CheckAsync(setStore.Store, "us_ofac_sdn", OfacExpected(Path.Combine(set, "sdn.csv")), cancellationToken);
                await setStore.Store.DisposeAsync();
            }
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (unSeconds, unStore) = await ImportAsync(Path.Combine(scratch, "un.db"), "un-xml", un, "un_sc_sanctions", cancellationToken);
            var unCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            failures += await CheckAsync(unStore.Store, "un_sc_sanctions", UnExpected(un), cancellationToken);
            await unStore.Store.DisposeAsync();

            var ftm = Path.Combine(scratch, "ofac.ftm.json");
            await using (var output = File.Create(ftm))
                await FtmExporter.ExportAsync(ofac.Store.View, "us_ofac_sdn", output, cancellationToken: cancellationToken);
            await ofac.Store.DisposeAsync();
            var (ftmSeconds, baseline) = await ImportAsync(Path.Combine(scratch, "ftm.db"), FtmFormat.Name, ftm, "us_ofac_sdn", cancellationToken);
            await baseline.Store.DisposeAsync();

            var ofacRate = ofac.Statements / ofacSeconds;
            var ftmRate = baseline.Statements / ftmSeconds;
            BenchContext.Line($"ofac sdn 2024-05-03: {ofacSeconds:F2} s wall, {ofacCpu:F2} s CPU, {ofac.Statements:N0} statements (target < 5 s); reading and mapping alone {readSeconds:F2} s");
            BenchContext.Line($"machine load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (wall times stretch when other work shares the cores)");
            BenchContext.Line($"un 2026-02-27: {unSeconds:F2} s wall, {unCpu:F2} s CPU, {unStore.Statements:N0} statements (target < 2 s)");
            BenchContext.Line($"baseline ftm import of the same statements: {ftmSeconds:F2} s, {ftmRate:N0} statements/s");
            BenchContext.Line(failures == 0 ? "counts: all match the source files" : $"counts: {failures} mismatches");
            BenchContext.Figures(("ofac_s", ofacSeconds), ("ofac_cpu_s", ofacCpu), ("ofac_read_s", readSeconds), ("un_s", unSeconds), ("un_cpu_s", unCpu), ("ofac_statements_per_s", ofacRate),
                ("ftm_baseline_statements_per_s", ftmRate), ("ratio_to_baseline", ofacRate / ftmRate), ("count_mismatches", failures));
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Seconds to read and map every record without writing, to separate parsing from storage.</summary>
    private static async Task<double> ReadOnlyAsync(string format, string path, string dataset, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var input = SourceFormats.Open(format, path, new ImportOptions { Dataset = dataset });
        long records = 0;
        await foreach (var item in input.Records.WithCancellation(cancellationToken))
            records += item.Record is null ? 0 : 1;
        return clock.Elapsed.TotalSeconds;
    }

    private sealed record Imported(IStore Store, long Statements);

    private static async Task<(double Seconds, Imported Result)> ImportAsync(string db, string format, string path, string dataset, CancellationToken cancellationToken)
    {
        var store = await StoreFactory.OpenAsync(db, cancellationToken);
        var options = new ImportOptions { Dataset = dataset, Release = "2000-01-01", Grading = "A1" };
        var clock = Stopwatch.StartNew();
        var result = await ImportRunner.RunAsync(store, SourceFormats.Open(format, path, options), options, cancellationToken: cancellationToken);
        return (clock.Elapsed.TotalSeconds, new Imported(store, result.Statements));
    }

    private static async Task<int> CheckAsync(IStore store, string dataset, Dictionary<string, long> expected, CancellationToken cancellationToken)
    {
        var stats = await store.View.GetStatsAsync(dataset, cancellationToken);
        var failures = 0;
        foreach (var (schema, count) in stats.Schemata)
            BenchContext.Line($"  {dataset} {schema,-16} {count,8:N0}");
        foreach (var (schema, count) in expected)
        {
            var actual = stats.Schemata.GetValueOrDefault(schema);
            if (actual != count)
            {
                BenchContext.Line($"  MISMATCH {dataset} {schema}: {actual:N0} imported, {count:N0} in the source file");
                failures++;
            }
        }
        return failures;
    }

    /// <summary>Listed entities and sanctions per schema, from the raw sdn.csv (third field: individual, vessel, aircraft or -0-).</summary>
    private static Dictionary<string, long> OfacExpected(string path)
    {
        using var reader = new StreamReader(InputStreams.Open(path, long.MaxValue));
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var rows = 0L;
        while (reader.ReadLine() is { } line)
        {
            var type = System.Text.RegularExpressions.Regex.Match(line, "^\\d+,\"(?:[^\"]|\"\")*\",(-0- |\"[a-z]+\")");
            if (!type.Success)
                continue;
            rows++;
            var schema = type.Groups[1].Value switch { "\"individual\"" => "Person", "\"vessel\"" => "Vessel", "\"aircraft\"" => "Airplane", _ => "Organization" };
            counts[schema] = counts.GetValueOrDefault(schema) + 1;
        }
        counts["Sanction"] = rows;
        return counts;
    }

    private static Dictionary<string, long> UnExpected(string path)
    {
        using var stream = InputStreams.Open(path, long.MaxValue);
        var root = XDocument.Load(stream).Root!;
        var individuals = root.Descendants("INDIVIDUAL").Count();
        var entities = root.Descendants("ENTITY").Count();
        return new Dictionary<string, long> { ["Person"] = individuals, ["Organization"] = entities, ["Sanction"] = individuals + entities };
    }
}
