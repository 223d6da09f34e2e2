using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>
/// Runs the real command line in-process against a SQLite file in a temporary folder, or (<c>postgres: true</c>)
/// a fresh schema on the test PostgreSQL server (CHOKEPOINT_TEST_POSTGRES, else tests/setup/postgres.sh's), dropped afterwards.
/// </summary>
public sealed class CliRun : IDisposable
{
    public const string DefaultPostgres = "postgres://chokepoint:chokepoint@127.0.0.1:5432/chokepoint_test";

    private readonly string? _schema;

    public CliRun(bool postgres = false)
    {
        Folder = Path.Combine(Path.GetTempPath(), "chokepoint-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = Path.Combine(Folder, "test.db");
        if (!postgres)
            return;
        _schema = "cli_" + Guid.NewGuid().ToString("N")[..16];
        ExecutePostgres($"CREATE SCHEMA {_schema}");
        Db = PostgresUrl + (PostgresUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + _schema;
    }

    public static string PostgresUrl => Environment.GetEnvironmentVariable("CHOKEPOINT_TEST_POSTGRES") is { Length: > 0 } url ? url : DefaultPostgres;

    public string Folder { get; }

    /// <summary>The SQLite file or postgres:// URL every run gets as <c>--db</c>.</summary>
    public string Db { get; }

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public List<JsonElement> JsonLines() =>
            Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    public async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Cli.RunAsync([.. args, "--db", Db], output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string Fixture(string name) => Fixture("ftm", name);

    /// <summary>A fixture file of the core tests (e.g. <c>ofac</c>, <c>sdn_2022-02-17.csv</c>).</summary>
    public static string Fixture(string folder, string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Chokepoint.Core.Tests", "fixtures", folder, name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException(name);
    }

    // Schema names are generated here, never taken from input.
    private static void ExecutePostgres(string sql)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Chokepoint.Storage.Postgres.PostgresLocation.ToConnectionString(PostgresUrl)) { Pooling = false };
        using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_schema is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            ExecutePostgres($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
