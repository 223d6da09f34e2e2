using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Importing;
using Chokepoint.Model;
using Chokepoint.Sources.Ftm;
using Chokepoint.Statements;
using Chokepoint.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Bench;

/// <summary>
/// Import throughput of the batching writer against one INSERT per statement, and entity assembly by one
/// ordered scan against one query per entity, in the same run on the same data. The largest FtM sample is
/// replicated to 100,000 entities (the issue's assembly size), all imported in one release, all assembled.
/// </summary>
public sealed class ImportBenchmark : IBenchmark
{
    private const int TargetEntities = 100_000;
    private const int NaiveStatements = 20_000;
    private const int NaiveEntities = 5_000;

    public string Name => "import";

    public string Description => "FtM import statements/s and entity assembly vs naive baselines";

    public async Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var sample = LargestSample(context);
        var scratch = context.ScratchDirectory();
        var input = Path.Combine(scratch, "input.ftm.json");
        var entities = Replicate(sample, input, TargetEntities);
        BenchContext.Line($"sample {Path.GetFileName(sample)} replicated to {entities:N0} entities");

        var store = new SqliteStore(Path.Combine(scratch, "ours.db"), SchemaModel.Default);
        await store.MigrateAsync(cancellationToken);
        var options = new ImportOptions { Dataset = "bench" };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await ImportRunner.RunAsync(store, FtmFormat.Open(input, options), options, cancellationToken: cancellationToken);
        var ours = result.Statements / clock.Elapsed.TotalSeconds;
        // CPU seconds of both threads (reader and writer): on a shared machine a steadier figure than wall time.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        BenchContext.Line($"ours: {result.Statements:N0} statements in {clock.Elapsed.TotalSeconds:F2} s = {ours:N0}/s ({cpu.TotalSeconds:F1} CPU s)");

        var naive = await NaiveInsertAsync(Path.Combine(scratch, "naive.db"), input, cancellationToken);
        BenchContext.Line($"naive one-insert-per-statement: {naive:N0}/s (first {NaiveStatements:N0} statements)");

        clock.Restart();
        var assembled = 0;
        var ids = new List<string>();
        await foreach (var entity in store.View.StreamEntitiesAsync("bench", cancellationToken))
        {
            assembled++;
            if (ids.Count < NaiveEntities)
                ids.Add(entity.Id);
        }
        var assemble = assembled / clock.Elapsed.TotalSeconds;
        BenchContext.Line($"assembly: {assembled:N0} entities in {clock.Elapsed.TotalSeconds:F2} s = {assemble:N0}/s");

        clock.Restart();
        foreach (var id in ids)
            _ = await store.View.GetEntityAsync(id, cancellationToken);
        var naiveAssemble = ids.Count / clock.Elapsed.TotalSeconds;
        BenchContext.Line($"naive assembly (one query per entity): {naiveAssemble:N0}/s");

        await store.DisposeAsync();
        Directory.Delete(scratch, recursive: true);
        BenchContext.Figures(
            ("statements_per_s", ours),
            ("vs_naive", ours / naive),
            ("assemble_entities_per_s", assemble),
            ("assemble_vs_naive", assemble / naiveAssemble),
            ("statements", result.Statements),
            ("entities", assembled));
        return 0;
    }

    private static string LargestSample(BenchContext context)
    {
        var folder = context.Shared("ftm/yente-fixtures")
            ?? Path.Combine(context.RepoRoot, "tests", "Chokepoint.Core.Tests", "fixtures", "ftm");
        return Directory.EnumerateFiles(folder, "*.entities.ftm.json").OrderByDescending(f => new FileInfo(f).Length).First();
    }

    /// <summary>Writes copies of the sample with suffixed ids (references suffixed alike) until <paramref name="target"/> entities.</summary>
    private static int Replicate(string sample, string output, int target)
    {
        var lines = File.ReadAllLines(sample).Where(l => l.Trim().Length > 0).ToList();
        var ids = lines.Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).ToHashSet();
        using var writer = new StreamWriter(output);
        var count = 0;
        for (var copy = 0; count < target; copy++)
        {
            foreach (var line in lines)
            {
                var node = JsonNode.Parse(line)!.AsObject();
                node["id"] = $"{node["id"]!.GetValue<string>()}-{copy}";
                foreach (var (_, values) in node["properties"]!.AsObject())
                {
                    foreach (var value in values!.AsArray().ToList())
                    {
                        if (value!.GetValue<string>() is { } text && ids.Contains(text))
                            value.ReplaceWith(JsonValue.Create($"{text}-{copy}"));
                    }
                }
                writer.WriteLine(node.ToJsonString());
                if (++count == target)
                    break;
            }
        }
        return count;
    }

    private static async Task<double> NaiveInsertAsync(string path, string input, CancellationToken cancellationToken)
    {
        var store = new SqliteStore(path, SchemaModel.Default);
        await store.MigrateAsync(cancellationToken);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var clock = Stopwatch.StartNew();
        var written = 0;
        foreach (var line in File.ReadLines(input))
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            var schema = doc.RootElement.GetProperty("schema").GetString()!;
            foreach (var prop in doc.RootElement.GetProperty("properties").EnumerateObject())
            {
                foreach (var value in prop.Value.EnumerateArray())
                {
                    await using var insert = connection.CreateCommand();
                    insert.Transaction = transaction;
                    insert.CommandText = "INSERT OR REPLACE INTO statements (id, entity_id, schema, prop, value, dataset, first_seen, last_seen) VALUES ($id, $e, $s, $p, $v, 'naive', '2024', '2024')";
                    insert.Parameters.AddWithValue("$id", StatementIds.Make("naive", id, prop.Name, value.GetString()!, null));
                    insert.Parameters.AddWithValue("$e", id);
                    insert.Parameters.AddWithValue("$s", schema);
                    insert.Parameters.AddWithValue("$p", prop.Name);
                    insert.Parameters.AddWithValue("$v", value.GetString());
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    if (++written == NaiveStatements)
                    {
                        await transaction.CommitAsync(cancellationToken);
                        return written / clock.Elapsed.TotalSeconds;
                    }
                }
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return written / clock.Elapsed.TotalSeconds;
    }
}
