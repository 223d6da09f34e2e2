using System.IO.Compression;
using System.Text;
using Chokepoint.Importing;
using Chokepoint.Sources.Eu;
using Chokepoint.Sources.Uk;
using Chokepoint.Sources.UsTrade;
using Xunit;

namespace Chokepoint.Core.Tests.Sources;

public class HostileInputTests
{
    private static string Write(string name, byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"chokepoint-test-{Guid.NewGuid():N}-{name}");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static Task<ImportException> ImportFails(Func<string, ImportOptions, ImportInput> open, string path) =>
        Assert.ThrowsAsync<ImportException>(() => ListImport.RunAsync(open, path));

    [Fact]
    public async Task Xml_with_an_external_entity_is_refused()
    {
        var xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE export [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2020-04-15"><sanctionEntity logicalId="1"><remark>&xxe;</remark></sanctionEntity></export>
            """;
        var error = await ImportFails(EuFsfFormat.Open, Write("xxe.xml", Encoding.UTF8.GetBytes(xxe)));
        Assert.Contains("DTD", error.Message);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public async Task Xml_entity_expansion_bomb_is_refused()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE Designations [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"> ]>
            <Designations><Designation><UniqueID>&c;</UniqueID></Designation></Designations>
            """;
        var error = await ImportFails(FcdoFormat.Open, Write("bomb.xml", Encoding.UTF8.GetBytes(bomb)));
        Assert.Contains("DTD", error.Message);
    }

    [Fact]
    public async Task Csv_row_with_an_unclosed_quote_names_file_row_and_field()
    {
        var lines = File.ReadAllLines(ListImport.Fixture("csl_sample_2025-06.csv")).ToList();
        lines.Insert(3, "\"abc\",\"Entity List (EL) - Bureau of Industry and Security\",\"\",\"\",\"\",\"ACME");
        var path = Write("broken.csv", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var error = await ImportFails(CslFormat.Open, path);

        Assert.Equal(path, error.Issue.File);
        Assert.Equal(4, error.Issue.Line);
        Assert.Equal("field 6", error.Issue.Field);
    }

    [Fact]
    public async Task Csv_row_with_too_few_fields_is_reported_and_skipped_when_lenient()
    {
        var lines = File.ReadAllLines(ListImport.Fixture("csl_sample_2025-06.csv")).ToList();
        lines.Insert(2, "\"x\",\"SDN\",\"1\"");
        var path = Write("short.csv", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var error = await ImportFails(CslFormat.Open, path);
        Assert.Equal(3, error.Issue.Line);

        await using var store = await Chokepoint.Storage.StoreFactory.OpenAsync(ListImport.TempDb());
        var options = new ImportOptions { Dataset = "csl", Lenient = true, Release = "2025-06-01" };
        var result = await ImportRunner.RunAsync(store, CslFormat.Open(path, options), options);
        Assert.Single(result.Skipped);
    }

    [Fact]
    public async Task Windows_1251_csv_is_refused_with_its_line_and_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(ListImport.Fixture("uk_conlist_2025-04_slice.csv"));
        var path = Write("cp1251.csv", Encoding.GetEncoding(1251, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetBytes(text));
        var firstNonAscii = text[..text.IndexOf(text.First(c => c > 127))].Count(c => c == '\n') + 1;

        var error = await ImportFails(OfsiFormat.Open, path);

        Assert.Equal(firstNonAscii, error.Issue.Line);
        Assert.Contains("Windows-1251", error.Message);
    }

    [Fact]
    public async Task Latin1_csv_is_refused_naming_latin1()
    {
        var text = "source,entity_number,type,programs,name\nSDN,1,Entity,X,ACME\nSDN,2,Entity,X,Müller Café São Paulo\n";
        var path = Write("latin1.csv", Encoding.Latin1.GetBytes(text));

        var error = await ImportFails(CslFormat.Open, path);

        Assert.Equal(3, error.Issue.Line);
        Assert.Contains("Latin-1", error.Message);
    }

    [Fact]
    public async Task Gzip_compressed_list_imports_like_the_plain_file()
    {
        var plain = ListImport.Fixture("eu_fsf_sample_deriv.xml");
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            await gzip.WriteAsync(await File.ReadAllBytesAsync(plain));
        var compressed = Write("eu.xml.gz", buffer.ToArray());

        var expected = await ListImport.RunAsync(EuFsfFormat.Open, plain);
        var actual = await ListImport.RunAsync(EuFsfFormat.Open, compressed);

        Assert.Equal(expected.Statements, actual.Statements);
        Assert.Equal(expected.Schemata, actual.Schemata);
    }
}
