namespace Chokepoint.Graph;

/// <summary>Which way an <see cref="Adjacency"/> follows edges.</summary>
public enum AdjacencyDirection
{
    /// <summary>SOURCE → TARGET only.</summary>
    Out,

    /// <summary>TARGET → SOURCE only.</summary>
    In,

    /// <summary>Both ways: the network as an undirected graph.</summary>
    Both,
}
