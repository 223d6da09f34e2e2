using Chokepoint.Matching.Screening;

namespace Chokepoint.Screening;

/// <summary>
/// Reads names to screen from an upload or pasted text: a CSV whose header names a <c>name</c> column (optional
/// <c>schema</c>, <c>country</c>), read by <see cref="DelimitedReader"/> as <c>chokepoint screen</c> reads files
/// (delimiter and encoding detected, a spreadsheet's semicolons and Windows-1252 included), or one name per line.
/// A broken row (unterminated quote, more fields than the header, empty or overlong name) becomes an error; the rest are read.
/// </summary>
public static class ScreeningCsv
{
    public static ScreeningInput Read(byte[] content, int maxRows)
    {
        var queries = new List<ScreeningQuery>();
        var errors = new List<ScreeningError>();
        using var reader = DelimitedReader.Open(new MemoryStream(content, writable: false));
        var first = reader.Next();
        var header = first?.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList() ?? [];
        if (first?.Error is not null || !header.Contains("name"))
            return Lines(reader.Encoding.GetString(content).TrimStart('\uFEFF'), maxRows);
        string? Column(List<string> fields, string column) => DelimitedReader.Cell(header, fields, column) is { Length: > 0 } value ? value : null;
        while (reader.Next() is { } row)
        {
            if (row.Fields.All(string.IsNullOrWhiteSpace) && row.Error is null)
                continue;
            if (queries.Count >= maxRows)
            {
                errors.Add(new ScreeningError(row.Line, $"more than {maxRows} rows; the rest were not screened"));
                break;
            }
            if (row.Error is not null)
                errors.Add(new ScreeningError(row.Line, row.Error));
            else if (row.Fields.Count > header.Count)
                errors.Add(new ScreeningError(row.Line, $"{row.Fields.Count} fields where the header has {header.Count} (a value with an unquoted '{reader.Delimiter}'?)"));
            else
                Add(queries, errors, row.Line, Column(row.Fields, "name") ?? "", Column(row.Fields, "schema"), Column(row.Fields, "country"));
        }
        return new ScreeningInput(queries, errors);
    }

    /// <summary>Pasted names or a file without a header: every non-blank line is one name, commas included.</summary>
    private static ScreeningInput Lines(string text, int maxRows)
    {
        var queries = new List<ScreeningQuery>();
        var errors = new List<ScreeningError>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var name = lines[i].Trim();
            if (name.Length == 0)
                continue;
            if (queries.Count >= maxRows)
            {
                errors.Add(new ScreeningError(i + 1, $"more than {maxRows} rows; the rest were not screened"));
                break;
            }
            Add(queries, errors, i + 1, name, null, null);
        }
        return new ScreeningInput(queries, errors);
    }

    private static void Add(List<ScreeningQuery> queries, List<ScreeningError> errors, int line, string name, string? schema, string? country)
    {
        if (name.Length == 0)
            errors.Add(new ScreeningError(line, "the name is empty"));
        else if (name.Length > ScreeningQuery.MaxNameLength)
            errors.Add(new ScreeningError(line, $"the name is longer than {ScreeningQuery.MaxNameLength} characters"));
        else
            queries.Add(new ScreeningQuery(line, name, schema, country));
    }
}
