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

/// <summary>A product that only one entity is known to supply, with whom it reaches and the relations that say so.</summary>
public sealed record SingleSupplier(
    string ProductId,
    string ProductCaption,
    string SupplierId,
    string SupplierCaption,
    IReadOnlyList<string> RecipientIds,
    IReadOnlyList<string> RelationIds);

/// <summary>An entity whose removal splits its part of the supply network into <c>Parts</c> pieces.</summary>
public sealed record CutEntity(string Id, string Caption, int Parts);

public sealed record CentralEntity(string Id, string Caption, double Score);

/// <summary>What is cut when an entity is removed: products and flows (recipient, product) that had it as their only supplier.</summary>
public sealed record RemovalImpact(
    string Id,
    string Caption,
    IReadOnlyList<string> LostProducts,
    IReadOnlyList<LostFlow> LostFlows,
    IReadOnlyList<string> RecipientsWithoutSupply);

public sealed record LostFlow(string RecipientId, string RecipientCaption, string ProductId, string ProductCaption, string RelationId);
