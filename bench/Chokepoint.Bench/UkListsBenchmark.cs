using System.Diagnostics;
using Chokepoint.Importing;
using Chokepoint.Sources.Ftm;
using Chokepoint.Sources.Uk;
using Chokepoint.Storage;
using Microsoft.VisualBasic.FileIO;

namespace Chokepoint.Bench;

/// <summary>
/// Imports the full UK OFSI list of April 2025 (18,796 name rows) and checks entity counts against the
/// distinct Group IDs per Group Type in the file. Baseline: re-importing the same entities as FtM JSON
/// (the foundation's import path) in the same run.
/// </summary>
public sealed class UkListsBenchmark : IBenchmark
{
    public string Name => "ukeu";

    public string Description => "Import the full UK OFSI 2025-04 list; counts per schema vs Group IDs, seconds, statements/s";

    public async Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var path = context.Shared("sanctions/uk/UK_Sanctions_List_2025-04.csv")
            ?? Path.Combine(context.RepoRoot, "data", "gb_hmt_sanctions", "UK_Sanctions_List_2025-04.csv.gz");
        var scratch = context.ScratchDirectory();
        await using var store = await StoreFactory.OpenAsync(Path.Combine(scratch, "uk.db"), cancellationToken);

        var options = new ImportOptions { Dataset = "gb_hmt_sanctions" };
        var clock = Stopwatch.StartNew();
        long parsed = 0;
        await foreach (var item in OfsiFormat.Open(path, options).Records.WithCancellation(cancellationToken))
            parsed += item.Record?.Values.Count ?? 0;
        var parseSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var result = await ImportRunner.RunAsync(store, OfsiFormat.Open(path, options), options, null, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var stats = await store.View.GetStatsAsync("gb_hmt_sanctions", cancellationToken);

        var ftm = Path.Combine(scratch, "uk.ftm.json");
        await using (var output = File.Create(ftm))
            await FtmExporter.ExportAsync(store.View, "gb_hmt_sanctions", output, null, cancellationToken);
        clock.Restart();
        var baselineOptions = new ImportOptions { Dataset = "gb_hmt_ftm", Release = result.Release };
        var baseline = await ImportRunner.RunAsync(store, FtmFormat.Open(ftm, baselineOptions), baselineOptions, null, cancellationToken);
        var baselineSeconds = clock.Elapsed.TotalSeconds;

        var groups = InputGroups(path);
        var ok = true;
        BenchContext.Line($"file: {path}");
        BenchContext.Line($"{"schema",-14} {"entities",9}   {"group type",-12} {"group ids",9}");
        foreach (var (schema, type) in new[] { ("Person", "Individual"), ("Organization", "Entity"), ("Vessel", "Ship") })
        {
            var entities = stats.Schemata.GetValueOrDefault(schema);
            var expected = groups.GetValueOrDefault(type);
            ok &= entities == expected;
            BenchContext.Line($"{schema,-14} {entities,9}   {type,-12} {expected,9}{(entities == expected ? "" : "   MISMATCH")}");
        }
        foreach (var (schema, count) in stats.Schemata.Where(s => s.Key is not ("Person" or "Organization" or "Vessel")).OrderBy(s => s.Key))
            BenchContext.Line($"{schema,-14} {count,9}");
        BenchContext.Line($"parse and map only (no store): {parsed:N0} values in {parseSeconds:F2} s");
        BenchContext.Line($"import: {result.Records:N0} records, {result.Statements:N0} statements in {seconds:F2} s; FtM baseline {baseline.Statements:N0} statements in {baselineSeconds:F2} s");
        BenchContext.Figures(
            ("uk_s", seconds),
            ("uk_statements_per_s", result.Statements / seconds),
            ("parse_s", parseSeconds),
            ("ftm_baseline_s", baselineSeconds),
            ("ratio_to_baseline", seconds / baselineSeconds),
            ("counts_match", ok ? 1 : 0));
        Directory.Delete(scratch, recursive: true);
        return ok ? 0 : 1;
    }

    /// <summary>Distinct Group IDs per Group Type, read with the framework's own CSV parser.</summary>
    private static Dictionary<string, int> InputGroups(string path)
    {
        using var stream = Sources.InputStreams.Open(path, out _);
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var header = parser.ReadFields()!.ToList();
        var groups = new Dictionary<string, HashSet<string>>();
        while (parser.ReadFields() is { } row)
        {
            var type = row[header.IndexOf("Group Type")];
            (groups.TryGetValue(type, out var set) ? set : groups[type] = []).Add(row[header.IndexOf("Group ID")]);
        }
        return groups.ToDictionary(g => g.Key, g => g.Value.Count);
    }
}
