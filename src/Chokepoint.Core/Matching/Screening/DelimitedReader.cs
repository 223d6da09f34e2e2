using System.Text;

namespace Chokepoint.Matching.Screening;

/// <summary>
/// Reads a CSV-like file whose delimiter (comma, semicolon, tab, pipe) and encoding (BOM, else UTF-8, else
/// Windows-1252/Latin-1) are detected; quoted fields may hold delimiters, quotes ("") and line breaks.
/// </summary>
public sealed class DelimitedReader : IDisposable
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];
    private readonly TextReader _reader;
    private int _line;

    private DelimitedReader(TextReader reader, char delimiter, Encoding encoding)
    {
        _reader = reader;
        Delimiter = delimiter;
        Encoding = encoding;
    }

    public char Delimiter { get; }

    public Encoding Encoding { get; }

    /// <summary>Opens a file, detecting encoding and delimiter from its first bytes and first line.</summary>
    public static DelimitedReader Open(string path)
    {
        var head = new byte[64 * 1024];
        int read;
        using (var probe = File.OpenRead(path))
            read = probe.Read(head, 0, head.Length);
        var encoding = DetectEncoding(head.AsSpan(0, read));
        var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var firstLine = encoding.GetString(head, 0, read).Split('\n')[0];
        var delimiter = Delimiters.MaxBy(d => firstLine.Count(c => c == d));
        return new DelimitedReader(reader, firstLine.Any(c => Delimiters.Contains(c)) ? delimiter : ',', encoding);
    }

    /// <summary>The next record with the line it starts on; null at the end.</summary>
    public (int Line, List<string> Fields)? Next()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        var start = _line + 1;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                if (!any)
                    return null;
                fields.Add(field.ToString());
                _line++;
                return (start, fields);
            }
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                        field.Append((char)_reader.Read());
                    else
                        quoted = false;
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
                quoted = true;
            else if (ch == Delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                _line++;
                return (start, fields);
            }
            else
                field.Append(ch);
        }
    }

    public void Dispose() => _reader.Dispose();

    private static Encoding DetectEncoding(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new UTF8Encoding(false);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode;
        try
        {
            // A probe may cut a multi-byte character at its end; only the complete part must be valid UTF-8.
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(head[..Math.Max(0, head.Length - 4)]);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1;
        }
    }
}
