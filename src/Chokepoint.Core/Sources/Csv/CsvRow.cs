namespace Chokepoint.Sources.Csv;

/// <summary>One parsed row: its fields and the 1-based line of the file it starts on.</summary>
public sealed record CsvRow(long Line, string[] Fields)
{
    public string Get(int index) => index >= 0 && index < Fields.Length ? Fields[index].Trim() : "";
}
