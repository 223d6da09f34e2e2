namespace Chokepoint.Coverage;

/// <summary>An authority's listing of an entity: earliest date, programs, the Sanction entities and the listed ids.</summary>
public sealed record CoverageCell(
    string Authority,
    string? Since,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> SanctionIds,
    IReadOnlyList<string> ListedIds);
