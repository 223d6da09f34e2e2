using Microsoft.Data.Sqlite;

namespace Chokepoint.Cli.Tests.Commands;

public sealed class SecurityCommandsTests : IDisposable
{
    private const string Name = "Ivan Secretov";
    private const string Contact = "ivan.secretov@example.by";
    private const string FileName = "informant-ledger.ftm.json";

    private readonly CliRun _cli = new();
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "chokepoint-cli-keys", Guid.NewGuid().ToString("N"), "key");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Protected_import_leaves_no_trace_in_output_export_or_audit(bool postgres)
    {
        using var cli = new CliRun(postgres);
        var file = cli.WriteFile(FileName, File.ReadAllText(CliRun.Fixture("t1.entities.ftm.json")));
        var export = Path.Combine(cli.Folder, "all.ftm.json");
        var runs = new List<CliRun.Result>
        {
            await cli.RunAsync("import", "ftm", file, "-d", "leak", "--grading", "B2", "--protected", "--source-name", Name, "--source-contact", Contact, "--key-file", _keyFile),
            await cli.RunAsync("export", "ftm", "--all", "-o", export),
            await cli.RunAsync("--json", "datasets"),
            await cli.RunAsync("--json", "audit"),
        };
        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        var everything = string.Join("\n", runs.Select(r => r.Out + r.Error)) + File.ReadAllText(export);
        foreach (var secret in new[] { Name, Contact, FileName, "Secretov" })
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);

        var sourceId = (await cli.RunAsync("--json", "audit")).JsonLines().First().GetProperty("details").GetString()!.Split("source ")[1];
        var reveal = await cli.RunAsync("--json", "sources", "reveal", sourceId, "--key-file", _keyFile);
        Assert.Equal(Contact, reveal.JsonLines().Single().GetProperty("source_contact").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Users_and_keys_are_managed_and_every_change_is_audited(bool postgres)
    {
        using var cli = new CliRun(postgres);
        var previous = Console.In;
        try
        {
            Console.SetIn(new StringReader("a long passphrase\n"));
            Assert.Equal(0, (await cli.RunAsync("users", "add", "alice", "--role", "analyst", "--password-stdin")).ExitCode);
        }
        finally
        {
            Console.SetIn(previous);
        }
        var key = (await cli.RunAsync("--json", "keys", "create", "--name", "ci", "--role", "viewer")).JsonLines().Single();
        Assert.StartsWith("cpk_", key.GetProperty("key").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync("keys", "revoke", key.GetProperty("id").GetString()!)).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("users", "disable", "alice")).ExitCode);
        var listed = (await cli.RunAsync("--json", "keys", "list")).JsonLines().Single();
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.True((await cli.RunAsync("--json", "users", "list")).JsonLines().Single().GetProperty("disabled").GetBoolean());
        var actions = (await cli.RunAsync("--json", "audit")).JsonLines().Select(r => r.GetProperty("action").GetString());
        Assert.Equal(["user.add", "key.create", "key.revoke", "user.disable"], actions);
        Assert.Equal(0, (await cli.RunAsync("audit", "--verify")).ExitCode);
    }

    [Fact]
    public async Task Tampered_audit_log_fails_verify_naming_the_record()
    {
        await _cli.RunAsync("keys", "create", "--name", "one", "--role", "viewer");
        await _cli.RunAsync("keys", "create", "--name", "two", "--role", "viewer");
        await using (var connection = new SqliteConnection($"Data Source={_cli.Db};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 1";
            await command.ExecuteNonQueryAsync();
        }
        var verify = await _cli.RunAsync("audit", "--verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("broken at record 1", verify.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_fields_without_protected_and_a_key_file_beside_the_database_are_refused()
    {
        var file = CliRun.Fixture("t1.entities.ftm.json");
        var unprotected = await _cli.RunAsync("import", "ftm", file, "-d", "leak", "--source-name", Name);
        Assert.Equal(1, unprotected.ExitCode);
        Assert.DoesNotContain(Name, unprotected.Error, StringComparison.Ordinal);
        var beside = await _cli.RunAsync("import", "ftm", file, "-d", "leak", "--protected", "--source-name", Name, "--key-file", Path.Combine(_cli.Folder, "key"));
        Assert.Equal(1, beside.ExitCode);
        Assert.Contains("database's folder", beside.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        var folder = Path.GetDirectoryName(_keyFile)!;
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
