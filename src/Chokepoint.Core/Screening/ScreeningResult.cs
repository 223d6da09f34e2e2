namespace Chokepoint.Screening;

/// <summary>The outcome of screening a batch: matches, queries with no match, refused rows and how many false positives were left out.</summary>
public sealed record ScreeningResult(
    int Screened,
    IReadOnlyList<ScreeningMatch> Matches,
    IReadOnlyList<ScreeningQuery> Unmatched,
    IReadOnlyList<ScreeningError> Errors,
    int ExcludedFalsePositives,
    string Algorithm);
