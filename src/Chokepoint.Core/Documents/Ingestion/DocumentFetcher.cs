namespace Chokepoint.Documents.Ingestion;

/// <summary>Downloads a document over HTTP(S), refusing bodies over the size limit before or while reading them.</summary>
public static class DocumentFetcher
{
    public static async Task<(byte[] Bytes, string? MediaType)> FetchAsync(Uri uri, DocumentLimits limits, HttpClient? http, CancellationToken cancellationToken)
    {
        using var owned = http is null ? new HttpClient { Timeout = limits.FetchTimeout } : null;
        var client = http ?? owned!;
        using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new IOException($"{uri}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        if (response.Content.Headers.ContentLength is { } length && length > limits.MaxBytes)
            throw new InvalidDataException($"{uri}: {DocumentLimits.Describe(length)} is over the document size limit of {DocumentLimits.Describe(limits.MaxBytes)}");
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
                throw new InvalidDataException($"{uri}: body is over the document size limit of {DocumentLimits.Describe(limits.MaxBytes)}");
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
    }
}
