using System.Text;
using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Ofac;

/// <summary>One row of an OFAC CSV file: its 1-based line and its fields, null where OFAC wrote <c>-0-</c>.</summary>
public sealed record OfacRow(string File, long Line, string?[] Fields)
{
    public string? this[int index] => index < Fields.Length ? Fields[index] : null;
}

/// <summary>
/// Reads OFAC's legacy CSV files: no header, CRLF, quoted text with doubled quotes, <c>-0- </c> as
/// the null marker, and a last line holding only Ctrl-Z (DOS end of file).
/// </summary>
public static class OfacCsvReader
{
    private const string Null = "-0-";
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<List<OfacRow>> ReadAsync(string path, int columns, long maxBytes, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            await using var stream = InputStreams.Open(path, maxBytes);
            using var reader = new StreamReader(stream, Strict, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException(path, null, null, "is not valid UTF-8; OFAC CSV files are UTF-8 (convert the file)");
        }
        return Parse(path, text, columns);
    }

    /// <summary>Rows of a CSV text; a row with the wrong number of fields is an error naming its line.</summary>
    public static List<OfacRow> Parse(string file, string text, int columns)
    {
        var rows = new List<OfacRow>();
        var fields = new List<string?>(columns);
        var field = new StringBuilder();
        long line = 1, rowLine = 1;
        var i = 0;
        while (i < text.Length)
        {
            if (fields.Count == 0 && IsEndOfFileMarker(text, i, out var skip))
            {
                i += skip;
                line++;
                rowLine = line;
                continue;
            }
            var quoted = text[i] == '"';
            field.Clear();
            if (quoted)
            {
                i++;
                if (!CsvQuotedField.Read(text, ref i, ref line, field))
                    throw new ImportException(file, rowLine, $"column {fields.Count + 1}", "has an unterminated quoted field");
                while (i < text.Length && text[i] is ' ' or '\t')
                    i++;
            }
            else
            {
                while (i < text.Length && text[i] is not ',' and not '\n' and not '\r')
                    field.Append(text[i++]);
            }
            var value = quoted ? field.ToString() : field.ToString().Trim();
            fields.Add(!quoted && (value.Length == 0 || value == Null) ? null : value);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }
            if (i < text.Length && text[i] == '\r')
                i++;
            if (i < text.Length && text[i] != '\n')
                throw new ImportException(file, rowLine, $"column {fields.Count}", $"unexpected character '{text[i]}' after a quoted field");
            i++;
            if (fields.Count != columns)
                throw new ImportException(file, rowLine, null, $"has {fields.Count} fields, an OFAC row of this file has {columns}");
            rows.Add(new OfacRow(file, rowLine, [.. fields]));
            fields.Clear();
            line++;
            rowLine = line;
        }
        if (fields.Count > 0)
            throw new ImportException(file, rowLine, null, "ends in the middle of a row");
        return rows;
    }

    private static bool IsEndOfFileMarker(string text, int i, out int length)
    {
        var j = i;
        while (j < text.Length && text[j] is '\u001a' or ' ' or '\r')
            j++;
        length = j - i + (j < text.Length && text[j] == '\n' ? 1 : 0);
        return (j >= text.Length || text[j] == '\n') && length > 0;
    }
}
