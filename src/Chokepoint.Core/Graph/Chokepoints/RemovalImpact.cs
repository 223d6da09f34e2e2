namespace Chokepoint.Graph.Chokepoints;

/// <summary>What is cut when an entity is removed: products and flows (recipient, product) that had it as their only supplier.</summary>
public sealed record RemovalImpact(
    string Id,
    string Caption,
    IReadOnlyList<string> LostProducts,
    IReadOnlyList<LostFlow> LostFlows,
    IReadOnlyList<string> RecipientsWithoutSupply);
