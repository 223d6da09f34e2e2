using System.Diagnostics;
using System.Globalization;
using Chokepoint.Datasets;
using Chokepoint.Matching;
using Chokepoint.Matching.Algorithms;
using Chokepoint.Statements;
using Chokepoint.Storage;
using Chokepoint.Storage.Postgres;
using Npgsql;

namespace Chokepoint.Bench;

/// <summary>
/// Import throughput (statements/s, one all-or-nothing import), entity assembly throughput (entities/s, streaming
/// every entity), match index build from the store (entities/s) and match throughput over that index (queries/s,
/// one thread) for the same generated statements on SQLite and PostgreSQL, in one run.
/// PostgreSQL: CHOKEPOINT_BENCH_POSTGRES, else CHOKEPOINT_TEST_POSTGRES, else the local test server.
/// </summary>
public sealed class StorageBenchmark : IBenchmark
{
    public string Name => "storage";

    public string Description => "import, entity assembly, match index build and match throughput, SQLite vs PostgreSQL [ENTITIES, default 25000]";

    private const int Queries = 2000;

    public async Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var entities = context.Args.Count > 0 ? int.Parse(context.Args[0], CultureInfo.InvariantCulture) : 25_000;
        var statements = Generate(entities);
        BenchContext.Line($"generated {entities:N0} entities, {statements.Count:N0} statements");
        var url = Environment.GetEnvironmentVariable("CHOKEPOINT_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
            : Environment.GetEnvironmentVariable("CHOKEPOINT_TEST_POSTGRES") is { Length: > 0 } test ? test
            : "postgres://chokepoint:chokepoint@127.0.0.1:5432/chokepoint_test";
        var scratch = context.ScratchDirectory();
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await AdminAsync(url, $"CREATE SCHEMA {schema}", cancellationToken);
            var sqlite = await MeasureAsync("sqlite", Path.Combine(scratch, "bench.db"), statements, cancellationToken);
            var postgres = await MeasureAsync("postgres", url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema, statements, cancellationToken);
            BenchContext.Figures(
                ("sqlite_statements_per_s", sqlite.Import), ("postgres_statements_per_s", postgres.Import), ("ratio", postgres.Import / sqlite.Import),
                ("sqlite_assemble_per_s", sqlite.Assemble), ("postgres_assemble_per_s", postgres.Assemble),
                ("sqlite_index_per_s", sqlite.Index), ("postgres_index_per_s", postgres.Index), ("index_ratio", postgres.Index / sqlite.Index),
                ("sqlite_match_per_s", sqlite.Match), ("postgres_match_per_s", postgres.Match),
                ("same_matches", sqlite.Found == postgres.Found ? 1 : 0));
            return 0;
        }
        catch (NpgsqlException error)
        {
            BenchContext.Line($"error: PostgreSQL at {PostgresLocation.Redact(url)}: {error.Message} (bench/setup/storage.sh starts a local one)");
            return 1;
        }
        finally
        {
            await AdminAsync(url, $"DROP SCHEMA IF EXISTS {schema} CASCADE", CancellationToken.None).ConfigureAwait(false);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<(double Import, double Assemble, double Index, double Match, int Found)> MeasureAsync(string engine, string location, IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        await using var store = await StoreFactory.OpenAsync(location, cancellationToken);
        var clock = Stopwatch.StartNew();
        await using (var writer = await store.BeginImportAsync(new ImportPlan { Dataset = new DatasetInfo { Name = "bench" }, Release = "2025-01-01" }, cancellationToken))
        {
            await writer.AddSourceAsync(new SourceInfo { Id = "bench-src", Dataset = "bench", Kind = "release", Grading = "A1" }, cancellationToken);
            foreach (var statement in statements)
                await writer.AddAsync(statement, cancellationToken);
            await writer.CommitAsync(cancellationToken);
        }
        var import = clock.Elapsed.TotalSeconds;
        clock.Restart();
        long assembled = 0;
        await foreach (var _ in store.View.StreamEntitiesAsync(null, cancellationToken))
            assembled++;
        var assemble = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var matcher = new Matcher(await MatchIndex.BuildAsync(store.View, cancellationToken));
        var index = clock.Elapsed.TotalSeconds;
        var (match, found) = Match(matcher, (int)assembled);
        BenchContext.Line($"{engine}: import {statements.Count:N0} statements in {import:F2} s, assemble {assembled:N0} entities in {assemble:F2} s, " +
            $"match index in {index:F2} s, {match:0} queries/s, {found:N0} company queries find their entity");
        return (statements.Count / import, assembled / assemble, assembled / index, match, found);
    }

    /// <summary>Queries/s on one thread for misspelt company names, and how many find the entity they were made from.</summary>
    private static (double PerSecond, int Found) Match(Matcher matcher, int entities)
    {
        var parameters = new MatchParameters();
        var numbers = Enumerable.Range(0, Queries).Select(i => (int)((long)i * 7919 % entities)).Where(n => n % 3 != 0).ToList();
        var subjects = numbers.Select(n => QueryParser.Parse("q", QueryParser.Single("Company", $"Minsk Plant Nr. {n} OAO"), true).Subject).ToList();
        var clock = Stopwatch.StartNew();
        var found = 0;
        for (var i = 0; i < subjects.Count; i++)
        {
            if (matcher.Run(subjects[i], parameters, MatchAlgorithms.Default).Results.Any(r => r.Id == $"bench-{numbers[i]:D7}"))
                found++;
        }
        return (subjects.Count / clock.Elapsed.TotalSeconds, found);
    }

    /// <summary>Companies and people with names, aliases, countries and identifiers, in shuffled id order.</summary>
    private static List<Statement> Generate(int entities)
    {
        var random = new Random(20250101);
        var countries = new[] { "by", "ru", "cn", "ir", "kp", "ae", "tr" };
        var statements = new List<Statement>(entities * 7);
        foreach (var n in Enumerable.Range(0, entities).OrderBy(_ => random.Next()))
        {
            var id = $"bench-{n:D7}";
            var person = n % 3 == 0;
            var schema = person ? "Person" : "Company";
            void Add(string prop, string value) => statements.Add(new Statement
            {
                Id = StatementIds.Make("bench", id, prop, value, "bench-src"),
                EntityId = id,
                Schema = schema,
                Prop = prop,
                Value = value,
                Dataset = "bench",
                SourceId = "bench-src",
                Grading = "A1",
                FirstSeen = "2025-01-01",
                LastSeen = "2025-01-01",
            });
            Add("name", person ? $"Ivan Petrovich Sidorov {n}" : $"OAO Minsk Plant No. {n}");
            Add("name", person ? $"Иван Петрович Сидоров {n}" : $"ОАО Минский завод № {n}");
            Add("alias", person ? $"I. P. Sidorov {n}" : $"Minsk Plant {n} JSC");
            Add("country", countries[n % countries.Length]);
            Add(person ? "birthDate" : "incorporationDate", $"19{50 + n % 50}-0{1 + n % 9}-1{n % 10}");
            Add(person ? "idNumber" : "registrationNumber", $"{100000000 + n}");
            Add("notes", $"Listed for supplying components to the defence sector (record {n}).");
        }
        return statements;
    }

    // Schema names are generated here, never taken from input.
    private static async Task AdminAsync(string url, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(PostgresLocation.ToConnectionString(url));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
