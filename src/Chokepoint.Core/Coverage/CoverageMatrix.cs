namespace Chokepoint.Coverage;

/// <summary>Coverage of a set of entities: which authorities sanction each one. Plain data for CLI, API and the heat map.</summary>
public sealed record CoverageMatrix(string Scope, IReadOnlyList<string> Authorities, IReadOnlyList<CoverageRow> Rows)
{
    /// <summary>Authorities with at least one Sanction in the store; only these can leave a gap.</summary>
    public IReadOnlyList<string> Loaded { get; init; } = [];
}
