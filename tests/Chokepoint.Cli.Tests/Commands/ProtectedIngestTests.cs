using System.Text;

namespace Chokepoint.Cli.Tests.Commands;

public sealed class ProtectedIngestTests : IDisposable
{
    private const string Name = "Ivan Secretov";
    private const string Contact = "signal +375 29 555 01 23";
    private const string FileName = "informant-dossier-minsk.html";

    private readonly CliRun _cli = new();
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "chokepoint-cli-keys", Guid.NewGuid().ToString("N"), "key");

    [Fact]
    public async Task Protected_ingest_leaves_no_trace_in_output_export_audit_or_the_database_file()
    {
        var folder = Path.Combine(_cli.Folder, "from-informant");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileName);
        File.WriteAllText(file, "<html><head><title>Dossier from the plant</title><meta property=\"og:site_name\" content=\"Secret Drop\"></head>" +
            "<body><article><p>Peleng, OJSC, which produced Sosna-U sighting devices, works in three shifts. It employs over 2,000 workers.</p></article></body></html>");
        var export = Path.Combine(_cli.Folder, "all.ftm.json");
        var runs = new List<CliRun.Result>
        {
            await _cli.RunAsync("ingest", file, "-d", "leak", "--grading", "B2", "--protected", "--source-name", Name, "--source-contact", Contact, "--key-file", _keyFile),
            await _cli.RunAsync("ingest", file, "-d", "leak", "--protected", "--source-name", Name, "--key-file", _keyFile, "--json"),
            await _cli.RunAsync("export", "ftm", "--all", "-o", export),
            await _cli.RunAsync("--json", "datasets"),
            await _cli.RunAsync("--json", "audit"),
            await _cli.RunAsync("--json", "review", "--all"),
        };
        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.Contains("protected source", runs[0].Out, StringComparison.Ordinal);
        var exported = File.ReadAllText(export);
        Assert.Contains("Sosna-U", exported, StringComparison.Ordinal);
        var everything = string.Join("\n", runs.Select(r => r.Out + r.Error)) + exported;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var database = string.Concat(new[] { _cli.Db, _cli.Db + "-wal" }.Where(File.Exists).Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.Contains("Sosna-U", database, StringComparison.Ordinal);
        foreach (var secret in new[] { Name, Contact, FileName, "informant", "Secretov", "Secret Drop", "Dossier from the plant" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, database, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Unreadable_protected_document_is_refused_without_naming_it()
    {
        var file = _cli.WriteFile("informant-blob.txt", "P\0\u0001binary");
        var run = await _cli.RunAsync("ingest", file, "-d", "leak", "--protected", "--source-name", Name, "--key-file", _keyFile);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("protected source: binary content", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("informant", run.Error + run.Out, StringComparison.Ordinal);
        var unprotected = await _cli.RunAsync("ingest", file, "-d", "leak", "--source-name", Name);
        Assert.Equal(1, unprotected.ExitCode);
        Assert.DoesNotContain(Name, unprotected.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        var folder = Path.GetDirectoryName(_keyFile)!;
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
