namespace Chokepoint.Graph.Chokepoints;

/// <summary>A product that only one entity is known to supply, with whom it reaches and the relations that say so.</summary>
public sealed record SingleSupplier(
    string ProductId,
    string ProductCaption,
    string SupplierId,
    string SupplierCaption,
    IReadOnlyList<string> RecipientIds,
    IReadOnlyList<string> RelationIds);
