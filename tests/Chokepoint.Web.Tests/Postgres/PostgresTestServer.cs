using Chokepoint.Storage.Postgres;
using Npgsql;

namespace Chokepoint.Web.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the web tests run against: CHOKEPOINT_TEST_POSTGRES, by default the local one that
/// tests/setup/postgres.sh installs and starts. Skipped only outside CI when unreachable; with CI=true tests fail instead.
/// </summary>
internal static class PostgresTestServer
{
    public const string DefaultUrl = "postgres://chokepoint:chokepoint@127.0.0.1:5432/chokepoint_test";

    private static readonly Lazy<string?> Problem = new(Probe);

    public static string Url => Environment.GetEnvironmentVariable("CHOKEPOINT_TEST_POSTGRES") is { Length: > 0 } url ? url : DefaultUrl;

    public static string? SkipReason() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) || Problem.Value is null
            ? null
            : $"PostgreSQL is not reachable at {PostgresLocation.Redact(Url)} ({Problem.Value}); run tests/setup/postgres.sh or set CHOKEPOINT_TEST_POSTGRES";

    /// <summary>Creates an empty schema; returns its name and a store URL inside it.</summary>
    public static async Task<(string Schema, string Location)> CreateSchemaAsync()
    {
        var schema = "web_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE SCHEMA {schema}");
        return (schema, Url + (Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema);
    }

    public static async Task DropSchemaAsync(string schema)
    {
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
