namespace Chokepoint.Matching.Screening;

/// <summary>What a screening run did: rows read, rows with at least one match, match rows written, and each broken row.</summary>
public sealed class ScreeningSummary
{
    public long Rows { get; set; }
    public long Hits { get; set; }
    public long Matches { get; set; }
    public List<string> Errors { get; } = [];
    public char Delimiter { get; set; }
    public string Encoding { get; set; } = "";
    public TimeSpan Elapsed { get; set; }
}
