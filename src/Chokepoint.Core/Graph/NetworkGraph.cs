using Chokepoint.Model;

namespace Chokepoint.Graph;

/// <summary>
/// A compact in-memory view of the network: nodes are entities (int ids), edges are relation entities
/// (Ownership, Supply, Directorship ...) drawn SOURCE → TARGET as their schema's <c>edge</c> says.
/// Parallel arrays keep 1,000,000 nodes and 3,000,000 edges within a few hundred megabytes.
/// Adjacency is built per analysis as an <see cref="Adjacency"/> projection.
/// </summary>
public sealed class NetworkGraph
{
    internal NetworkGraph(GraphBuilder built)
    {
        NodeIds = built.NodeIds.ToArray();
        NodeCaptions = built.NodeCaptions.ToArray();
        NodeSchemata = built.NodeSchemata.ToArray();
        NodeFlags = built.NodeFlagList.ToArray();
        EdgeSources = built.EdgeSources.ToArray();
        EdgeTargets = built.EdgeTargets.ToArray();
        EdgeKinds = built.EdgeKinds.ToArray();
        EdgeRelationIds = built.EdgeRelationIds.ToArray();
        EdgePercentages = built.EdgePercentages.ToArray();
        EdgeProducts = built.EdgeProducts.ToArray();
        EdgeLabels = built.EdgeLabels.ToArray();
        Kinds = [.. built.Kinds];
        _index = built.Index;
    }

    private readonly Dictionary<string, int> _index;

    public int NodeCount => NodeIds.Length;
    public int EdgeCount => EdgeSources.Length;

    public string[] NodeIds { get; }

    /// <summary>Display name of each node; null for a node that is only referenced, never described.</summary>
    public string?[] NodeCaptions { get; }
    public Schema?[] NodeSchemata { get; }
    public NodeFlags[] NodeFlags { get; }

    public int[] EdgeSources { get; }
    public int[] EdgeTargets { get; }

    /// <summary>Index into <see cref="Kinds"/>: the relation schema of each edge.</summary>
    public byte[] EdgeKinds { get; }

    /// <summary>The relation entity each edge was drawn from, so its statements and sources can be shown.</summary>
    public string[] EdgeRelationIds { get; }

    /// <summary>Ownership share in percent; NaN when the relation states none or an unreadable one.</summary>
    public float[] EdgePercentages { get; }

    /// <summary>Product node of a Supply edge; -1 otherwise.</summary>
    public int[] EdgeProducts { get; }

    /// <summary>Short label: the stated percentage of an Ownership, the role of other relations.</summary>
    public string?[] EdgeLabels { get; }

    /// <summary>Relation schema names, indexed by <see cref="EdgeKinds"/>.</summary>
    public IReadOnlyList<string> Kinds { get; }

    public int? Find(string id) => _index.TryGetValue(id, out var node) ? node : null;

    public int Require(string id) =>
        _index.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"no entity with id '{id}' in the network");

    /// <summary>The kind index of a relation schema, or -1 when no edge of that schema was loaded.</summary>
    public int KindOf(string schema)
    {
        for (var i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i] == schema)
                return i;
        }
        return -1;
    }

    public string KindName(int edge) => Kinds[EdgeKinds[edge]];

    public string Caption(int node) => NodeCaptions[node] ?? NodeIds[node];

    public bool IsA(int node, string schema) => NodeSchemata[node]?.IsA(schema) ?? false;

    public int Other(int edge, int node) => EdgeSources[edge] == node ? EdgeTargets[edge] : EdgeSources[edge];
}
