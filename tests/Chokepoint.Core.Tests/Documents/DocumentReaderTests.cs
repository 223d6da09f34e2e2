using System.Net;
using System.Net.Sockets;
using Chokepoint.Documents.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public class DocumentReaderTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "documents");

    [Fact]
    public async Task Html_main_text_is_kept_and_boilerplate_dropped()
    {
        var source = await DocumentReader.ReadAsync(Path.Combine(Fixtures, "article.html"), new DocumentLimits(), null, CancellationToken.None);
        Assert.Equal("html", source.Format);
        Assert.Equal("Peleng expands production", source.Title);
        Assert.Equal("Example News", source.Publisher);
        Assert.Contains("Peleng, OJSC, which produced Sosna-U sighting devices", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("World Bank", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Integral Holding", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_furniture_without_semantic_tags_is_dropped()
    {
        var page = Path.Combine(AppContext.BaseDirectory, "cases", "extraction", "heldout", "lithuania-customs-optics.html");
        var source = await DocumentReader.ReadAsync(page, new DocumentLimits(), null, CancellationToken.None);
        Assert.Contains("Tekhnosfera LLC has been on the EU sanctions list", source.Text, StringComparison.Ordinal);
        Assert.Contains("Lithuanian customs stop optics shipment bound for Belarus", source.Text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "cookies", "Sanctions Tracker", "Most read", "MZKT", "Share this article", "All rights reserved", "Sign up" })
            Assert.DoesNotContain(furniture, source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_file_with_a_text_extension_is_refused_clearly()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => DocumentReader.ReadAsync(Path.Combine(Fixtures, "binary.txt"), new DocumentLimits(), null, CancellationToken.None));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_over_the_size_limit_is_refused_before_reading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cp-huge-{Guid.NewGuid():N}.html");
        try
        {
            await using (var file = File.Create(path))
                file.SetLength(100L * 1024 * 1024);
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => DocumentReader.ReadAsync(path, new DocumentLimits(), null, CancellationToken.None));
            Assert.Contains("100 MB is over the document size limit of 20 MB", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Pdf_text_layer_is_read()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Peleng produces Sosna-U sighting devices.", 12, new PdfPoint(25, 700), font);
        var source = DocumentReader.Parse("report.pdf", builder.Build(), "pdf");
        Assert.Contains("Peleng produces Sosna-U", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_without_a_text_layer_is_refused_with_the_reason()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(10, 10), 100, 100);
        var error = Assert.Throws<InvalidDataException>(() => DocumentReader.Parse("scan.pdf", builder.Build(), "pdf"));
        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_protected_pdf_is_refused_naming_the_file()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => DocumentReader.ReadAsync(Path.Combine(Fixtures, "encrypted.pdf"), new DocumentLimits(), null, CancellationToken.None));
        Assert.Contains("encrypted.pdf: PDF is encrypted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_with_a_pdf_extension_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => DocumentReader.Parse("fake.pdf", "%PDF-1.7 not really"u8.ToArray(), "pdf"));
        Assert.Contains("fake.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_is_fetched_from_a_local_http_server_within_the_size_limit()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                var context = await listener.GetContextAsync();
                var bytes = await File.ReadAllBytesAsync(Path.Combine(Fixtures, "article.html"));
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }, CancellationToken.None);
        var url = $"http://127.0.0.1:{port}/news/peleng";
        var source = await DocumentReader.ReadAsync(url, new DocumentLimits(), null, CancellationToken.None);
        Assert.Equal("html", source.Format);
        Assert.Equal(url, source.Url);
        Assert.Contains("558 Aircraft Repair Plant", source.Text, StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => DocumentReader.ReadAsync(url, new DocumentLimits { MaxBytes = 100 }, null, CancellationToken.None));
        Assert.Contains("over the document size limit", error.Message, StringComparison.Ordinal);
        await serving;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
