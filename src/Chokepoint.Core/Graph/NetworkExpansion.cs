namespace Chokepoint.Graph;

/// <summary>The nodes and edges around one entity, for expanding the network view by one step.</summary>
public sealed record NetworkExpansion(string Center, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, bool More);
