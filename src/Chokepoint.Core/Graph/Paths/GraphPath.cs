namespace Chokepoint.Graph.Paths;

/// <summary>A path as node and edge indices: <c>Edges[i]</c> joins <c>Nodes[i]</c> and <c>Nodes[i + 1]</c>.</summary>
public sealed record GraphPath(IReadOnlyList<int> Nodes, IReadOnlyList<int> Edges)
{
    public int Hops => Edges.Count;
}
