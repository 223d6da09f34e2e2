using Npgsql;
using Xunit;

namespace Chokepoint.Cli.Tests.Commands;

public sealed class DbCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chokepoint-cli-tests", Guid.NewGuid().ToString("N"));

    public DbCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Db_migrate_applies_once_then_reports_up_to_date()
    {
        var db = Path.Combine(_folder, "a.db");
        Assert.Contains("applied 001_init", (await RunAsync("--db", db, "db", "migrate")).Out, StringComparison.Ordinal);
        Assert.Contains("is up to date", (await RunAsync("--db", db, "db", "migrate")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_copy_moves_a_database_that_then_exports_the_same()
    {
        var (from, to) = (Path.Combine(_folder, "from.db"), Path.Combine(_folder, "to.db"));
        await RunAsync("--db", from, "init");
        var copy = await RunAsync("db", "copy", "--from", "sqlite:" + from, "--to", "sqlite:" + to);
        Assert.Contains("copied 1 datasets", copy.Out, StringComparison.Ordinal);
        Assert.Equal(await ExportAsync(from), await ExportAsync(to));
        var again = await RunAsync(1, "db", "copy", "--from", from, "--to", to);
        Assert.Contains("copy needs an empty database", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_errors_never_show_the_password()
    {
        var result = await RunAsync(1, "--db", "postgres://chokepoint:s3cret-pw@127.0.0.1:1/chokepoint", "stats");
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", result.Error + result.Out, StringComparison.Ordinal);
        var bad = await RunAsync(1, "--db", "postgres://chokepoint:s3cret-pw@127.0.0.1/chokepoint?nosuch=1", "db", "migrate");
        Assert.Contains("'nosuch' is not supported", bad.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_command_runs_on_postgres_and_reads_as_sqlite_does()
    {
        var url = Environment.GetEnvironmentVariable("CHOKEPOINT_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured : "postgres://chokepoint:chokepoint@127.0.0.1:5432/chokepoint_test";
        var schema = "cli_" + Guid.NewGuid().ToString("N")[..16];
        var admin = Chokepoint.Storage.Postgres.PostgresLocation.ToConnectionString(url);
        await ExecuteAsync(admin, $"CREATE SCHEMA {schema}");
        try
        {
            var postgres = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema;
            var sqlite = Path.Combine(_folder, "a.db");
            await RunAsync("--db", postgres, "init");
            await RunAsync("--db", sqlite, "init");
            foreach (var args in new[] { new[] { "stats", "--json" }, ["datasets", "--json"], ["stats", "--dataset", "belarus-dib", "--json"] })
                Assert.Equal(await RunJsonAsync(sqlite, args), await RunJsonAsync(postgres, args));
            Assert.Equal(await ExportAsync(sqlite), await ExportAsync(postgres));
            foreach (var db in new[] { sqlite, postgres })
            {
                foreach (var release in new[] { "sdn_2022-02-17.csv", "sdn_2022-02-28.csv" })
                    await RunAsync("--db", db, "import", "ofac-sdn-csv", CliRun.Fixture("ofac", release), "-d", "us_ofac_sdn");
            }
            string[] diff = ["diff", "-d", "us_ofac_sdn", "--from", "2022-02-17", "--to", "2022-02-28", "--json"];
            Assert.Contains("\"added\"", await RunJsonAsync(postgres, diff), StringComparison.Ordinal);
            Assert.Equal(await RunJsonAsync(sqlite, diff), await RunJsonAsync(postgres, diff));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    // The datasets' import times differ between the two runs, so they are left out.
    private async Task<string> RunJsonAsync(string db, string[] args) =>
        System.Text.RegularExpressions.Regex.Replace((await RunAsync(["--db", db, .. args])).Out, "\"updated\":\"[^\"]*\"", "");

    private async Task<string> ExportAsync(string db)
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        await RunAsync("--db", db, "export", "ftm", "--all", "-o", file);
        return System.Text.RegularExpressions.Regex.Replace(await File.ReadAllTextAsync(file), "\"(first|last)_seen\":\"[^\"]*\"", "");
    }

    private static Task<(string Out, string Error)> RunAsync(params string[] args) => RunAsync(0, args);

    private static async Task<(string Out, string Error)> RunAsync(int expected, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, output, error);
        Assert.True(code == expected, $"exit {code} for {string.Join(' ', args)}: {error}");
        return (output.ToString(), error.ToString());
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
