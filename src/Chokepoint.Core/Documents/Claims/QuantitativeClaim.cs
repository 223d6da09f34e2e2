namespace Chokepoint.Documents.Claims;

/// <summary>A number the document states about something: value, unit, what it measures, when, and the exact words.</summary>
public sealed record QuantitativeClaim(double Value, string Unit, string Subject, int Start, int End, string Quote)
{
    /// <summary>The year or date the number refers to, when the sentence gives one ("in 2022").</summary>
    public string? Period { get; init; }
}
