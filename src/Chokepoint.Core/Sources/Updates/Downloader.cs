using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Chokepoint.Sources.Updates;

/// <summary>
/// Conditional downloads (If-None-Match / If-Modified-Since) to a temporary file, with a size limit, a
/// Content-Length check, SHA-256, and retries with exponential backoff on 5xx, timeouts and broken transfers.
/// </summary>
public sealed class Downloader(HttpClient http, UpdateConfig config)
{
    public async Task<DownloadResult> FetchAsync(string url, DownloadState? previous, string targetPath, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(config.RetryDelaySeconds);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(url, previous, targetPath, attempt, cancellationToken);
            }
            catch (Exception error) when (attempt <= config.Retries && IsTransient(error, cancellationToken))
            {
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }
    }

    private async Task<DownloadResult> TryOnceAsync(string url, DownloadState? previous, string targetPath, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (previous is not null && previous.Url == url && previous.Sha256 is not null)
        {
            if (previous.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                request.Headers.IfNoneMatch.Add(tag);
            if (previous.LastModified is { } modified && DateTimeOffset.TryParse(modified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                request.Headers.IfModifiedSince = since;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(config.TimeoutSeconds));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new DownloadResult(true, null, previous?.ETag, previous?.LastModified, previous?.Sha256, 0, attempt);
        if ((int)response.StatusCode >= 500)
            throw new HttpRequestException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        if (!response.IsSuccessStatusCode)
            throw new InvalidDataException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        var declared = response.Content.Headers.ContentLength;
        if (declared > config.MaxDownloadBytes)
            throw new InvalidDataException($"{url} is {declared:N0} bytes, over max_download_bytes {config.MaxDownloadBytes:N0}");
        long total = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var body = await response.Content.ReadAsStreamAsync(timeout.Token))
        await using (var file = new FileStream(targetPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await ReadAsync(body, buffer, url, total, declared, timeout.Token)) > 0)
            {
                total += read;
                if (total > config.MaxDownloadBytes)
                    throw new InvalidDataException($"{url} sent over max_download_bytes {config.MaxDownloadBytes:N0}; download refused");
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), timeout.Token);
            }
        }
        if (declared is { } length && length != total)
            throw new IOException($"{url}: download truncated ({total:N0} of {length:N0} bytes)");
        if (total == 0)
            throw new InvalidDataException($"{url} sent an empty file");
        var etagOut = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        return new DownloadResult(false, targetPath, etagOut, lastModified, Convert.ToHexStringLower(hash.GetHashAndReset()), total, attempt);
    }

    /// <summary>A connection closed mid-body is a truncated download, whatever the transport calls it.</summary>
    private static async Task<int> ReadAsync(Stream body, byte[] buffer, string url, long total, long? declared, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException error)
        {
            throw new IOException($"{url}: download truncated after {total:N0} of {(declared is { } d ? d.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "?")} bytes ({error.Message})", error);
        }
    }

    private static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        HttpRequestException { StatusCode: null or >= HttpStatusCode.InternalServerError } => true,
        IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
