using System.Text;

namespace Chokepoint.Matching.Screening;

/// <summary>
/// Reads a CSV-like file whose delimiter (comma, semicolon, tab, pipe) and encoding (BOM, else UTF-8, else
/// Windows-1252/Latin-1) are detected; quoted fields may hold delimiters, quotes ("") and line breaks. A quote
/// left open (to the end of the file, or until a later quote with text glued after it) breaks only its own row:
/// the lines after the row's first are read again as rows.
/// </summary>
public sealed class DelimitedReader : IDisposable
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];
    private readonly TextReader _reader;
    private int _line;
    private string _pending = "";
    private int _pendingAt;

    private DelimitedReader(TextReader reader, char delimiter, Encoding encoding)
    {
        _reader = reader;
        Delimiter = delimiter;
        Encoding = encoding;
    }

    public char Delimiter { get; }

    public Encoding Encoding { get; }

    /// <summary>Opens a file, detecting encoding and delimiter from its first bytes and first line.</summary>
    public static DelimitedReader Open(string path) => Open(File.OpenRead(path));

    /// <summary>Reads a seekable stream (a file, an upload held in memory), detecting encoding and delimiter; disposes it.</summary>
    public static DelimitedReader Open(Stream stream)
    {
        var head = new byte[64 * 1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Seek(0, SeekOrigin.Begin);
        var encoding = DetectEncoding(head.AsSpan(0, read), complete: read < head.Length);
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
        var firstLine = encoding.GetString(head, 0, read).Split('\n')[0];
        var delimiter = Delimiters.MaxBy(d => firstLine.Count(c => c == d));
        return new DelimitedReader(reader, firstLine.Any(c => Delimiters.Contains(c)) ? delimiter : ',', encoding);
    }

    /// <summary>
    /// The next record with the line it starts on (for a broken row: the line its open quote is on) and, for a broken
    /// row, why; null at the end.
    /// </summary>
    public (int Line, List<string> Fields, string? Error)? Next()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        var quoted = false;
        var quoteLine = 0;
        var any = false;
        var start = _line + 1;
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                if (!any)
                    return null;
                if (quoted)
                    return Unclosed(quoteLine, fields, raw.ToString());
                fields.Add(field.ToString());
                _line++;
                return (start, fields, null);
            }
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                raw.Append(ch);
                if (ch == '"')
                {
                    if (Peek() == '"')
                    {
                        raw.Append((char)Read());
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        // A quote that closes across lines with text glued after it was an opening quote left
                        // open that met the next quote: the row is broken and the lines it swallowed are rows.
                        if (Peek() is var next && next >= 0 && next != Delimiter && next != '\n' && next != '\r' && raw.ToString().Contains('\n', StringComparison.Ordinal))
                            return Unclosed(quoteLine, fields, raw.ToString());
                    }
                }
                else
                {
                    if (ch == '\n')
                        _line++;
                    field.Append(ch);
                }
                continue;
            }
            if (ch == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = _line + 1;
                raw.Clear();
            }
            else if (ch == Delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                _line++;
                return (start, fields, null);
            }
            else
                field.Append(ch);
        }
    }

    /// <summary>
    /// A row whose quote is never closed: reported as broken, and what the quote swallowed after the row's first
    /// line goes back to be read as rows.
    /// </summary>
    private (int Line, List<string> Fields, string? Error) Unclosed(int quoteLine, List<string> fields, string raw)
    {
        var newline = raw.IndexOf('\n', StringComparison.Ordinal);
        _line = quoteLine;
        if (newline >= 0)
        {
            _pending = raw[(newline + 1)..] + _pending[_pendingAt..];
            _pendingAt = 0;
        }
        return (quoteLine, fields, "unterminated quote: a quoted field opened on this line is not closed where the row ends; the row is skipped and the lines after it are read as rows");
    }

    /// <summary>The trimmed value of a named column in a record, or "" when the header lacks it or the record is short.</summary>
    public static string Cell(List<string> header, IReadOnlyList<string> fields, string column) =>
        header.IndexOf(column) is var i and >= 0 && i < fields.Count ? fields[i].Trim() : "";

    private int Read() => _pendingAt < _pending.Length ? _pending[_pendingAt++] : _reader.Read();

    private int Peek() => _pendingAt < _pending.Length ? _pending[_pendingAt] : _reader.Peek();

    public void Dispose() => _reader.Dispose();

    private static Encoding DetectEncoding(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new UTF8Encoding(false);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode;
        try
        {
            // A probe that stops before the end of the input may cut its last character: that one is not judged.
            var end = head.Length;
            if (!complete && end > 0)
            {
                end--;
                while (end > 0 && head.Length - end < 4 && (head[end] & 0xC0) == 0x80)
                    end--;
            }
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(head[..end]);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1;
        }
    }
}
