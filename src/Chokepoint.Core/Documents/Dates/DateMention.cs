namespace Chokepoint.Documents.Dates;

/// <summary>
/// A date in the text with its precision: "1 March 2023" (day), "March 12-13" (day range, year unstated),
/// "since the fall of 2022" (season, open-ended). Value is an ISO partial date ("2023-03-01", "2022", "--03-12").
/// </summary>
public sealed record DateMention(int Start, int End, string Text, string Value, string Precision)
{
    /// <summary>End of a range ("March 12-13" ends on --03-13).</summary>
    public string? Until { get; init; }

    /// <summary>"since ...": the state holds from this date on.</summary>
    public bool Since { get; init; }
}
