using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Chokepoint.Documents.Ingestion;

/// <summary>The text layer of a PDF; encrypted PDFs and PDFs with no text layer (scans) are refused with the reason.</summary>
public static class PdfText
{
    public static DocumentSource Read(string location, byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)).ToList();
            var text = string.Join("\n\n", pages);
            if (string.IsNullOrWhiteSpace(text))
                throw new InvalidDataException($"{location}: PDF has no text layer ({pages.Count} page(s) of images only); run OCR first");
            var title = pdf.Information.Title;
            return new DocumentSource
            {
                Location = location,
                Format = "pdf",
                Text = text,
                Sha256 = "",
                Bytes = bytes.Length,
                Title = string.IsNullOrWhiteSpace(title) ? null : title,
            };
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InvalidDataException($"{location}: PDF is encrypted; decrypt it (with its password) before ingesting");
        }
        catch (Exception error) when (error is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new InvalidDataException($"{location}: not a readable PDF ({error.Message})");
        }
    }
}
