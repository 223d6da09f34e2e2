using System.Runtime.CompilerServices;
using System.Text;
using Chokepoint.Importing;

namespace Chokepoint.Sources;

/// <summary>
/// Reads a text file line by line as strict UTF-8, refusing lines over a length limit before
/// buffering them, so a 50 MB single line or a binary file gives a clear error, not an out-of-memory.
/// </summary>
public sealed class LineReader
{
    public const int DefaultMaxLineBytes = 8 * 1024 * 1024;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _path;
    private readonly int _maxLineBytes;

    public LineReader(string path, int maxLineBytes = DefaultMaxLineBytes)
    {
        _path = path;
        _maxLineBytes = maxLineBytes;
    }

    public long BytesRead { get; private set; }

    public string DisplayName => _path;

    /// <summary>Lines with their 1-based numbers; a bad line comes as an issue and reading goes on after it.</summary>
    public async IAsyncEnumerable<(long Number, string? Text, ImportIssue? Issue)> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (number, bytes, issue) in ReadUtf8Async(cancellationToken))
            yield return (number, issue is null ? Encoding.UTF8.GetString(bytes.Span) : null, issue);
    }

    /// <summary>
    /// Lines as validated UTF-8 bytes, without decoding them; the memory is reused for the next line,
    /// so a consumer must finish with a line before asking for the next.
    /// </summary>
    public async IAsyncEnumerable<(long Number, ReadOnlyMemory<byte> Utf8, ImportIssue? Issue)> ReadUtf8Async([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        long number = 1;
        var tooLong = false;
        var first = true;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            BytesRead += read;
            var start = 0;
            if (first)
            {
                first = false;
                if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                    start = 3;
            }
            for (var i = start; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                    continue;
                if (!tooLong && line.Length + (i - start) > _maxLineBytes)
                    tooLong = true;
                if (!tooLong)
                    line.Write(buffer, start, i - start);
                yield return Finish(line, number, tooLong);
                number++;
                tooLong = false;
                line.SetLength(0);
                start = i + 1;
            }
            if (!tooLong)
            {
                line.Write(buffer, start, read - start);
                if (line.Length > _maxLineBytes)
                {
                    tooLong = true;
                    line.SetLength(0);
                }
            }
        }
        if (line.Length > 0 || tooLong)
            yield return Finish(line, number, tooLong);
    }

    private (long, ReadOnlyMemory<byte>, ImportIssue?) Finish(MemoryStream line, long number, bool tooLong)
    {
        if (tooLong)
            return (number, default, new ImportIssue(DisplayName, number, null, $"line is longer than {_maxLineBytes / (1024 * 1024)} MB"));
        var bytes = line.GetBuffer().AsMemory(0, (int)line.Length);
        if (bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
            bytes = bytes[..^1];
        if (bytes.Span.IndexOf((byte)0) >= 0)
            return (number, default, new ImportIssue(DisplayName, number, null, "holds NUL bytes: this is a binary file, not text"));
        if (System.Text.Unicode.Utf8.IsValid(bytes.Span))
            return (number, bytes, null);
        try
        {
            Strict.GetString(bytes.Span);
        }
        catch (DecoderFallbackException error)
        {
            return (number, default, new ImportIssue(DisplayName, number, null, $"is not valid UTF-8 (byte offset {error.Index} in the line); convert the file to UTF-8"));
        }
        return (number, bytes, null);
    }
}
