using System.Text;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Csv;

/// <summary>
/// RFC 4180 rows from decoded text, any delimiter: quoted fields may hold delimiters, doubled quotes and
/// line breaks. A quote left open, or text after a closing quote, is an error naming the row and field.
/// </summary>
public static class CsvParser
{
    public static IEnumerable<CsvRow> Parse(string text, string file, char delimiter = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var rowLine = line;
            fields.Clear();
            while (true)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    var quoteLine = line;
                    i++;
                    if (!CsvQuotedField.Read(text, ref i, ref line, field))
                        throw new ImportException(file, rowLine, Field(fields.Count), $"quoted field opened on line {quoteLine} is never closed");
                    if (i < text.Length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                        throw new ImportException(file, rowLine, Field(fields.Count), $"unexpected '{text[i]}' after the closing quote of a quoted field (line {line}); a quote inside a field must be doubled");
                }
                else
                {
                    while (i < text.Length && text[i] != delimiter && text[i] != '\n')
                        field.Append(text[i++]);
                    if (field.Length > 0 && field[^1] == '\r')
                        field.Length--;
                }
                fields.Add(field.ToString());
                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    continue;
                }
                if (i < text.Length && text[i] == '\r')
                    i++;
                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                    line++;
                }
                break;
            }
            if (fields.Count == 1 && fields[0].Length == 0)
                continue;
            yield return new CsvRow(rowLine, fields.ToArray());
        }
    }

    private static string Field(int index) => $"field {index + 1}";
}
