namespace Chokepoint.Documents.Indicators;

/// <summary>
/// One point of an indicator series for an entity ("the number of vacancies ... has doubled": vacancies, change 2;
/// "three shifts": shifts, 3). Change is a factor relative to before; Value an absolute level.
/// </summary>
public sealed record IndicatorObservation(string Indicator, int Start, int End, string Quote)
{
    public double? Value { get; init; }
    public double? Change { get; init; }

    /// <summary>The cluster id of the organization the indicator describes, when the sentence names one.</summary>
    public int? Entity { get; init; }
}
