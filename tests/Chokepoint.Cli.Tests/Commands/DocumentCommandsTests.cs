using Xunit;

namespace Chokepoint.Cli.Tests.Commands;

public sealed class DocumentCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cp-cli-docs-{Guid.NewGuid():N}");

    public DocumentCommandsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Cli.RunAsync([.. args, "--db", Path.Combine(_folder, "t.db")], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Ingest_reports_what_a_document_became_and_flags_mixed_script_words()
    {
        var path = Write("note.txt", "Peleng, OJSC, which produced Sosna-U sighting devices, plays a role in supportinп Russia. It employs over 2,000 workers.");
        var (code, output, error) = await Run("ingest", path, "--dataset", "notes", "--grading", "B2", "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"claims\":1", output, StringComparison.Ordinal);
        Assert.Contains("\"relations\":1", output, StringComparison.Ordinal);
        Assert.Contains("supportinп", error, StringComparison.Ordinal);
        var (reviewCode, reviewOut, _) = await Run("review", "--json");
        Assert.Equal(0, reviewCode);
        Assert.Equal("", reviewOut);
    }

    [Fact]
    public async Task Bad_documents_fail_with_one_clear_line_and_write_nothing()
    {
        var binary = Path.Combine(_folder, "blob.txt");
        await File.WriteAllBytesAsync(binary, [0x50, 0x00, 0x01, 0x02, 0xFF]);
        var (code, _, error) = await Run("ingest", binary, "--dataset", "notes");
        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("binary content", error, StringComparison.Ordinal);
        var (_, datasets, _) = await Run("datasets", "--json");
        Assert.DoesNotContain("notes", datasets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_prints_the_gold_format_and_eval_ends_with_the_micro_average()
    {
        var folder = Path.Combine(_folder, "cases");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "one.txt"), "Peleng, OJSC produces Sosna-U sighting devices in Minsk.");
        var (code, yaml, _) = await Run("extract", Path.Combine(folder, "one.txt"), "--yaml");
        Assert.Equal(0, code);
        Assert.Contains("predicate: produces", yaml, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "one.gold.yaml"), yaml);
        var (evalCode, report, _) = await Run("eval", "extraction", folder);
        Assert.Equal(0, evalCode);
        Assert.Equal("precision=1.000 recall=1.000 f1=1.000", report.Trim().Split('\n')[^1]);
    }
}
