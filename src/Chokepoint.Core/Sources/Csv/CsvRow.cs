namespace Chokepoint.Sources.Csv;

/// <summary>One parsed row: its fields and the 1-based line of the file it starts on.</summary>
public sealed record CsvRow(long Line, string[] Fields)
{
    /// <summary>The field trimmed, line breaks and other control characters inside it turned into spaces; "" when absent.</summary>
    public string Get(int index)
    {
        if (index < 0 || index >= Fields.Length)
            return "";
        var value = Fields[index];
        if (value.Any(char.IsControl))
            value = new string(value.Select(ch => char.IsControl(ch) ? ' ' : ch).ToArray());
        return value.Trim();
    }
}
