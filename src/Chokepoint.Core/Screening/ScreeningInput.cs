namespace Chokepoint.Screening;

/// <summary>Parsed screening input: the queries to screen and the rows that were refused.</summary>
public sealed record ScreeningInput(IReadOnlyList<ScreeningQuery> Queries, IReadOnlyList<ScreeningError> Errors);
