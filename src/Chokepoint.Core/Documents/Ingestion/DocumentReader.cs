using System.Security.Cryptography;

namespace Chokepoint.Documents.Ingestion;

/// <summary>Reads a .txt, .html or .pdf file or an http(s) URL into a <see cref="DocumentSource"/>, within the limits.</summary>
public static class DocumentReader
{
    public static async Task<DocumentSource> ReadAsync(string location, DocumentLimits limits, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var (bytes, mediaType) = await DocumentFetcher.FetchAsync(uri, limits, http, cancellationToken);
            var format = FormatOf(uri.AbsolutePath, mediaType, bytes, location);
            return Parse(location, bytes, format) with { Url = location, Publisher = uri.Host };
        }
        var file = new FileInfo(location);
        if (!file.Exists)
            throw new FileNotFoundException($"{location}: no such file");
        if (file.Length > limits.MaxBytes)
            throw new InvalidDataException($"{location}: {DocumentLimits.Describe(file.Length)} is over the document size limit of {DocumentLimits.Describe(limits.MaxBytes)}");
        var content = await File.ReadAllBytesAsync(location, cancellationToken);
        return Parse(location, content, FormatOf(location, null, content, location));
    }

    public static DocumentSource Parse(string location, byte[] bytes, string format)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var source = format switch
        {
            "pdf" => PdfText.Read(location, bytes),
            "html" => HtmlText.Read(location, bytes),
            _ => PlainText.Read(location, bytes),
        };
        if (string.IsNullOrWhiteSpace(source.Text))
            throw new InvalidDataException($"{location}: holds no text");
        return source with { Sha256 = sha, Sha1 = Convert.ToHexStringLower(SHA1.HashData(bytes)), Bytes = bytes.Length, Format = format };
    }

    /// <summary>The format from the extension, else the media type, else the first bytes.</summary>
    public static string FormatOf(string path, string? mediaType, byte[] bytes, string location)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".pdf":
                return "pdf";
            case ".html" or ".htm" or ".xhtml":
                return "html";
            case ".txt" or ".text" or ".md":
                return "text";
        }
        if (mediaType is "application/pdf" || bytes.AsSpan().StartsWith("%PDF-"u8))
            return "pdf";
        if (mediaType is "text/html" or "application/xhtml+xml")
            return "html";
        if (mediaType is "text/plain")
            return "text";
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal))
            return "html";
        if (extension.Length == 0 && mediaType is null)
            return "text";
        throw new NotSupportedException($"{location}: unsupported document type '{(extension.Length > 0 ? extension : mediaType)}'; use .txt, .html or .pdf");
    }
}
