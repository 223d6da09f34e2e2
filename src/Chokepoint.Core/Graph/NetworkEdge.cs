namespace Chokepoint.Graph;

/// <summary>An edge of the network view; <see cref="RelationId"/> is the relation entity (Ownership, Supply ...) when there is one.</summary>
public sealed record NetworkEdge(string Id, string Source, string Target, string Label, string? RelationId);
