namespace Chokepoint.Graph;

/// <summary>A node of the network view: an entity with what colours it.</summary>
public sealed record NetworkNode(string Id, string Caption, string Schema, bool Sanctioned);
