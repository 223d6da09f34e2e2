using Chokepoint.Model;

namespace Chokepoint.Graph;

/// <summary>
/// Collects nodes and edges, then freezes them into a <see cref="NetworkGraph"/>. A node may be referenced
/// by a relation before (or without) being described; it then keeps its id as caption.
/// </summary>
public sealed class GraphBuilder
{
    internal readonly Dictionary<string, int> Index;
    internal readonly List<string> NodeIds;
    internal readonly List<string?> NodeCaptions;
    internal readonly List<Schema?> NodeSchemata;
    internal readonly List<NodeFlags> NodeFlagList;
    internal readonly List<int> EdgeSources;
    internal readonly List<int> EdgeTargets;
    internal readonly List<byte> EdgeKinds = [];
    internal readonly List<string> EdgeRelationIds;
    internal readonly List<float> EdgePercentages;
    internal readonly List<int> EdgeProducts;
    internal readonly List<string?> EdgeLabels;
    internal readonly List<string> Kinds = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public GraphBuilder(int nodeCapacity = 16, int edgeCapacity = 16)
    {
        Index = new Dictionary<string, int>(nodeCapacity, StringComparer.Ordinal);
        NodeIds = new List<string>(nodeCapacity);
        NodeCaptions = new List<string?>(nodeCapacity);
        NodeSchemata = new List<Schema?>(nodeCapacity);
        NodeFlagList = new List<NodeFlags>(nodeCapacity);
        EdgeSources = new List<int>(edgeCapacity);
        EdgeTargets = new List<int>(edgeCapacity);
        EdgeKinds = new List<byte>(edgeCapacity);
        EdgeRelationIds = new List<string>(edgeCapacity);
        EdgePercentages = new List<float>(edgeCapacity);
        EdgeProducts = new List<int>(edgeCapacity);
        EdgeLabels = new List<string?>(edgeCapacity);
    }

    public int NodeCount => NodeIds.Count;

    /// <summary>The node of an entity id, created as a bare reference when new.</summary>
    public int Node(string id)
    {
        if (Index.TryGetValue(id, out var node))
            return node;
        node = NodeIds.Count;
        Index[id] = node;
        NodeIds.Add(id);
        NodeCaptions.Add(null);
        NodeSchemata.Add(null);
        NodeFlagList.Add(NodeFlags.None);
        return node;
    }

    public int Describe(string id, Schema? schema, string? caption, NodeFlags flags = NodeFlags.None)
    {
        var node = Node(id);
        NodeSchemata[node] = schema;
        NodeCaptions[node] = caption;
        NodeFlagList[node] |= flags;
        return node;
    }

    public void Flag(int node, NodeFlags flags) => NodeFlagList[node] |= flags;

    /// <summary>Adds one edge; <paramref name="percentage"/> is NaN when unknown, <paramref name="product"/> -1 when none.</summary>
    public int AddEdge(int source, int target, string kind, string relationId, float percentage = float.NaN, int product = -1, string? label = null)
    {
        var edge = EdgeSources.Count;
        EdgeSources.Add(source);
        EdgeTargets.Add(target);
        EdgeKinds.Add(KindIndex(kind));
        EdgeRelationIds.Add(relationId);
        EdgePercentages.Add(percentage);
        EdgeProducts.Add(product);
        EdgeLabels.Add(label is null ? null : Intern(label));
        return edge;
    }

    public NetworkGraph Build() => new(this);

    private byte KindIndex(string kind)
    {
        var index = Kinds.IndexOf(kind);
        if (index >= 0)
            return (byte)index;
        if (Kinds.Count == byte.MaxValue)
            throw new InvalidOperationException("too many relation schemata for one graph");
        Kinds.Add(kind);
        return (byte)(Kinds.Count - 1);
    }

    private string Intern(string label)
    {
        if (_labels.TryGetValue(label, out var shared))
            return shared;
        _labels[label] = label;
        return label;
    }
}
