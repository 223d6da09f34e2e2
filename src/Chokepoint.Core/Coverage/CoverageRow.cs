namespace Chokepoint.Coverage;

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
