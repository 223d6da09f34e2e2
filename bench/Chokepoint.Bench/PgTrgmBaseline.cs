using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Chokepoint.Bench;

/// <summary>The pg_trgm baseline: the same names in PostgreSQL with a GIN trigram index, queried with similarity().</summary>
internal static class PgTrgmBaseline
{
    public const string ConnectionString = "Host=127.0.0.1;Port=5432;Username=chokepoint_bench;Password=chokepoint_bench;Database=chokepoint_bench_matching;Pooling=true;Maximum Pool Size=8";

    /// <summary>Queries per second over all cores for the given queries, or null when PostgreSQL is not reachable.</summary>
    public static async Task<double?> RunAsync(IReadOnlyList<(string Id, string Name)> names, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(ConnectionString);
        try
        {
            await using var probe = await source.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception error) when (error is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            BenchContext.Line($"note: PostgreSQL is not reachable ({error.Message}); run bench/setup/matching.sh; vs_pg_trgm=0");
            return null;
        }
        var clock = Stopwatch.StartNew();
        await Execute(source, "DROP TABLE IF EXISTS bench_names; CREATE TABLE bench_names (entity text NOT NULL, name text NOT NULL)", cancellationToken);
        await using (var connection = await source.OpenConnectionAsync(cancellationToken))
        await using (var copy = await connection.BeginBinaryImportAsync("COPY bench_names (entity, name) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (id, name) in names)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(id, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(name, NpgsqlDbType.Text, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await Execute(source, "CREATE INDEX bench_names_trgm ON bench_names USING gin (name gin_trgm_ops); ANALYZE bench_names", cancellationToken);
        BenchContext.Line($"pg_trgm: {names.Count:N0} names loaded and GIN-indexed in {clock.Elapsed.TotalSeconds:0.0} s");
        var next = -1;
        clock.Restart();
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(async _ =>
        {
            await using var connection = await source.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT entity, similarity(name, $1) AS s FROM bench_names WHERE name % $1 ORDER BY s DESC LIMIT 5", connection);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
            await command.PrepareAsync(cancellationToken);
            int i;
            while ((i = Interlocked.Increment(ref next)) < queries.Count)
            {
                command.Parameters[0].Value = queries[i];
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        return queries.Count / clock.Elapsed.TotalSeconds;
    }

    private static async Task Execute(NpgsqlDataSource source, string sql, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
