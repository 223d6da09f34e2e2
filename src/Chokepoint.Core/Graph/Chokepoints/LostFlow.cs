namespace Chokepoint.Graph.Chokepoints;

/// <summary>A recipient that would no longer get a product, and the relation that recorded the supply.</summary>
public sealed record LostFlow(string RecipientId, string RecipientCaption, string ProductId, string ProductCaption, string RelationId);
