namespace Chokepoint.Coverage;

/// <summary>Coverage of a set of entities: which authorities sanction each one. Plain data for CLI, API and the heat map.</summary>
public sealed record CoverageMatrix(string Scope, IReadOnlyList<string> Authorities, IReadOnlyList<CoverageRow> Rows)
{
    /// <summary>Authorities with at least one Sanction in the store; only these can leave a gap.</summary>
    public IReadOnlyList<string> Loaded { get; init; } = [];
}

/// <summary>
/// One entity of the scope: its listings per authority (only authorities that list it have a cell),
/// the entities of other lists it was matched to, and whether it carries the topic <c>sanction</c>.
/// </summary>
public sealed record CoverageRow(
    string Id,
    string Caption,
    string Schema,
    IReadOnlyList<CoverageCell> Cells,
    IReadOnlyList<CrossListCandidate> Matches,
    bool SanctionTopic)
{
    public int Lists => Cells.Count;

    public CoverageCell? Cell(string authority) => Cells.FirstOrDefault(c => c.Authority == authority);
}

/// <summary>An authority's listing of an entity: earliest date, programs, the Sanction entities and the listed ids.</summary>
public sealed record CoverageCell(
    string Authority,
    string? Since,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> SanctionIds,
    IReadOnlyList<string> ListedIds);
