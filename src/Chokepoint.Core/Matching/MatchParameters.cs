using Chokepoint.Matching.Algorithms;
using Chokepoint.Model;

namespace Chokepoint.Matching;

/// <summary>The query-string parameters of <c>/match</c>, with yente's defaults (threshold 0.7, limit 5, cutoff = threshold).</summary>
public sealed record MatchParameters
{
    public const int MaxLimit = 500;

    public string Algorithm { get; init; } = MatchAlgorithms.DefaultName;
    public double Threshold { get; init; } = MatchAlgorithms.DefaultThreshold;

    /// <summary>Results scoring at or below the cutoff are dropped; null means the threshold.</summary>
    public double? Cutoff { get; init; }

    public int Limit { get; init; } = 5;

    /// <summary>Wider candidate generation (common trigrams too, more candidates); does not change scores.</summary>
    public bool Fuzzy { get; init; }

    /// <summary>Chokepoint extension: false compares names in their own script only.</summary>
    public bool Transliterate { get; init; } = true;

    public IReadOnlyList<string> IncludeDataset { get; init; } = [];
    public IReadOnlyList<string> ExcludeDataset { get; init; } = [];
    public IReadOnlyList<string> ExcludeSchema { get; init; } = [];
    public IReadOnlyList<string> ExcludeEntityIds { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? ChangedSince { get; init; }

    public double EffectiveCutoff => Cutoff ?? Threshold;

    /// <summary>Checks ranges (422) and names (400); returns the algorithm.</summary>
    public IMatchAlgorithm Validate()
    {
        if (Threshold is < 0 or > 1 || double.IsNaN(Threshold))
            throw MatchException.Invalid($"threshold: must be between 0 and 1, got {Threshold}");
        if (Cutoff is { } cutoff && (cutoff is < 0 or > 1 || double.IsNaN(cutoff)))
            throw MatchException.Invalid($"cutoff: must be between 0 and 1, got {cutoff}");
        if (Limit is < 1 or > MaxLimit)
            throw MatchException.Invalid($"limit: must be between 1 and {MaxLimit}, got {Limit}");
        if (ChangedSince is { } since && !PartialDate.TryParse(since, out _))
            throw MatchException.Invalid($"changed_since: '{since}' is not a date (YYYY-MM-DD)");
        foreach (var schema in ExcludeSchema)
        {
            if (SchemaModel.Default.TryGet(schema) is null)
                throw MatchException.BadRequest($"exclude_schema: unknown schema '{schema}'");
        }
        return MatchAlgorithms.TryGet(Algorithm)
            ?? throw MatchException.BadRequest($"algorithm: unknown algorithm '{Algorithm}'; known: {string.Join(", ", MatchAlgorithms.All.Select(a => a.Name))}");
    }
}
