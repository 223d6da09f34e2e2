using System.Text;

namespace Chokepoint.Sources.Csv;

/// <summary>The body of an RFC 4180 quoted field: doubled quotes stand for one, line breaks are kept and counted.</summary>
internal static class CsvQuotedField
{
    /// <summary>
    /// Appends the field that starts just after its opening quote at <paramref name="i"/> and moves past
    /// its closing quote; false when the text ends first.
    /// </summary>
    public static bool Read(string text, ref int i, ref long line, StringBuilder field)
    {
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '"')
            {
                if (i < text.Length && text[i] == '"')
                {
                    field.Append('"');
                    i++;
                    continue;
                }
                return true;
            }
            if (c == '\n')
                line++;
            field.Append(c);
        }
        return false;
    }
}
