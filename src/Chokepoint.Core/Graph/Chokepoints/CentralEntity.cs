namespace Chokepoint.Graph.Chokepoints;

/// <summary>An entity and its betweenness: how many supply routes (pairs of entities) pass through it.</summary>
public sealed record CentralEntity(string Id, string Caption, double Score);
