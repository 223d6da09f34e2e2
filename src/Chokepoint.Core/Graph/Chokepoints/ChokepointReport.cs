namespace Chokepoint.Graph.Chokepoints;

/// <summary>Chokepoints of the supply network (Supply relations): plain data for CLI and API.</summary>
public sealed record ChokepointReport(
    string? Dataset,
    int Entities,
    int Supplies,
    IReadOnlyList<SingleSupplier> SingleSupplierProducts,
    IReadOnlyList<CutEntity> ArticulationPoints,
    IReadOnlyList<CentralEntity> Betweenness,
    bool BetweennessExact,
    int BetweennessSources,
    RemovalImpact? Removal);
