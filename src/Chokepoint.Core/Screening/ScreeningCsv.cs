using System.Text;

namespace Chokepoint.Screening;

/// <summary>
/// Reads names to screen: a CSV with a header naming a <c>name</c> column (optional <c>schema</c>, <c>country</c>),
/// or one name per line. A broken row (unterminated quote, empty or overlong name) becomes an error; the rest are read.
/// </summary>
public static class ScreeningCsv
{
    public static async Task<ScreeningInput> ReadAsync(TextReader reader, int maxRows, CancellationToken cancellationToken)
    {
        var queries = new List<ScreeningQuery>();
        var errors = new List<ScreeningError>();
        int? nameColumn = null, schemaColumn = null, countryColumn = null;
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (!TrySplit(text, out var fields))
            {
                errors.Add(new ScreeningError(line, "unterminated quote"));
                continue;
            }
            if (line == 1 && fields.Any(f => f.Trim().Equals("name", StringComparison.OrdinalIgnoreCase)))
            {
                var header = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
                nameColumn = header.IndexOf("name");
                schemaColumn = header.IndexOf("schema") is >= 0 and var s ? s : null;
                countryColumn = header.IndexOf("country") is >= 0 and var c ? c : null;
                continue;
            }
            if (queries.Count >= maxRows)
            {
                errors.Add(new ScreeningError(line, $"more than {maxRows} rows; the rest were not screened"));
                break;
            }
            var name = (nameColumn is { } n ? (n < fields.Count ? fields[n] : "") : (fields.Count == 1 ? fields[0] : text)).Trim();
            if (name.Length == 0)
                errors.Add(new ScreeningError(line, "the name is empty"));
            else if (name.Length > ScreeningQuery.MaxNameLength)
                errors.Add(new ScreeningError(line, $"the name is longer than {ScreeningQuery.MaxNameLength} characters"));
            else
                queries.Add(new ScreeningQuery(line, name, Field(fields, schemaColumn), Field(fields, countryColumn)));
        }
        return new ScreeningInput(queries, errors);
    }

    private static string? Field(List<string> fields, int? column) =>
        column is { } c && c < fields.Count && fields[c].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>Splits one RFC 4180 line; false when a quoted field is not closed on the line.</summary>
    private static bool TrySplit(string text, out List<string> fields)
    {
        fields = [];
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    (field, i) = (field.Append('"'), i + 1);
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return !quoted;
    }
}
