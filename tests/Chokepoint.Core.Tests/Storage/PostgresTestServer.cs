using Chokepoint.Storage.Postgres;
using Npgsql;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>
/// The PostgreSQL server the storage tests run against: CHOKEPOINT_TEST_POSTGRES, by default the local one that
/// tests/setup/postgres.sh installs and starts. Each test gets its own schema, dropped afterwards.
/// The web tests compile this file too (linked from their project).
/// </summary>
internal static class PostgresTestServer
{
    public const string DefaultUrl = "postgres://chokepoint:chokepoint@127.0.0.1:5432/chokepoint_test";

    private static readonly Lazy<string?> Problem = new(Probe);

    public static string Url => Environment.GetEnvironmentVariable("CHOKEPOINT_TEST_POSTGRES") is { Length: > 0 } url ? url : DefaultUrl;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped here; never skipped in CI, where they fail instead.</summary>
    public static string? SkipReason() => InCi || Problem.Value is null
        ? null
        : $"PostgreSQL is not reachable at {PostgresLocation.Redact(Url)} ({Problem.Value}); run tests/setup/postgres.sh or set CHOKEPOINT_TEST_POSTGRES";

    /// <summary>Creates an empty schema and returns its name and a store URL that works inside it.</summary>
    public static async Task<(string Schema, string Location)> CreateSchemaAsync()
    {
        var schema = "test_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            await ExecuteAsync($"CREATE SCHEMA {schema}");
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException($"PostgreSQL is not reachable at {PostgresLocation.Redact(Url)}: {error.Message}; run tests/setup/postgres.sh or set CHOKEPOINT_TEST_POSTGRES", error);
        }
        return (schema, Url + (Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema);
    }

    public static async Task DropSchemaAsync(string schema)
    {
        // Pooled connections of a disposed store still hold the schema's search path; drop them first.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    // Schema names are generated above, never taken from input.
    private static async Task ExecuteAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString(Url)) { Pooling = false, Timeout = 60 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // A busy machine can take seconds to start a backend, so a slow answer is not taken for an absent server.
    private static string? Probe()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString(Url)) { Pooling = false, Timeout = 30 };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception error) when (error is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            return error.Message;
        }
    }
}
