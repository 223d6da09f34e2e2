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

    [Theory]
    [InlineData("leaked-contract.pdf", "PDF is encrypted")]
    [InlineData("scan.pdf", "PDF has no text layer")]
    [InlineData("photo.txt", "binary content")]
    [InlineData("huge-page.html", "100 MB is over the document size limit of 20 MB")]
    public async Task Each_bad_document_fails_naming_the_file_and_writes_nothing(string name, string reason)
    {
        var path = Path.Combine(_folder, name);
        switch (name)
        {
            case "leaked-contract.pdf":
                File.Copy(EncryptedPdf(), path);
                break;
            case "scan.pdf":
                // A page with an image operator and no text operators: what a scanner produces.
                File.WriteAllText(path, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
                    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n4 0 obj << /Length 33 >> stream\nq 100 0 0 100 0 0 cm 0 0 m S Q\nendstream endobj\n" +
                    "trailer << /Size 5 /Root 1 0 R >>\n%%EOF\n");
                break;
            case "photo.txt":
                await File.WriteAllBytesAsync(path, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);
                break;
            default:
                await using (var file = File.Create(path))
                    file.SetLength(100L * 1024 * 1024);
                break;
        }
        var (code, output, error) = await Run("ingest", path, "--dataset", "notes");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains($"{name}: {reason}", error, StringComparison.Ordinal);
        var (_, datasets, _) = await Run("datasets", "--json");
        Assert.DoesNotContain("notes", datasets, StringComparison.Ordinal);
    }

    private static string EncryptedPdf()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Chokepoint.Core.Tests", "fixtures", "documents", "encrypted.pdf");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("encrypted.pdf");
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
