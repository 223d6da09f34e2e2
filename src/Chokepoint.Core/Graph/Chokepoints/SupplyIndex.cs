namespace Chokepoint.Graph.Chokepoints;

/// <summary>Who supplies which product to whom, read off the Supply edges (supplier → recipient, product).</summary>
public sealed class SupplyIndex
{
    public SupplyIndex(NetworkGraph graph)
    {
        Graph = graph;
        var supply = graph.KindOf("Supply");
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (graph.EdgeKinds[e] != supply)
                continue;
            Edges.Add(e);
            var product = graph.EdgeProducts[e];
            if (product >= 0)
                Add(SuppliersOfProduct, product, graph.EdgeSources[e]);
            if (graph.EdgeTargets[e] != product)
                Add(SuppliersOfRecipient, graph.EdgeTargets[e], graph.EdgeSources[e]);
        }
    }

    public NetworkGraph Graph { get; }
    public List<int> Edges { get; } = [];
    public Dictionary<int, HashSet<int>> SuppliersOfProduct { get; } = [];
    public Dictionary<int, HashSet<int>> SuppliersOfRecipient { get; } = [];

    public IEnumerable<SingleSupplier> SingleSupplierProducts()
    {
        foreach (var (product, suppliers) in SuppliersOfProduct.OrderBy(kv => Graph.Caption(kv.Key), StringComparer.Ordinal))
        {
            if (suppliers.Count != 1)
                continue;
            var supplier = suppliers.First();
            var edges = Edges.Where(e => Graph.EdgeProducts[e] == product).ToList();
            yield return new SingleSupplier(Graph.NodeIds[product], Graph.Caption(product), Graph.NodeIds[supplier], Graph.Caption(supplier),
                [.. edges.Select(e => Graph.EdgeTargets[e]).Where(t => t != product).Distinct().Select(t => Graph.NodeIds[t])],
                [.. edges.Select(e => Graph.EdgeRelationIds[e]).Distinct()]);
        }
    }

    /// <summary>Products, flows and recipients whose every known supplier is <paramref name="removed"/>.</summary>
    public RemovalImpact Remove(int removed)
    {
        var lostProducts = SuppliersOfProduct
            .Where(kv => kv.Value.Count == 1 && kv.Value.Contains(removed))
            .Select(kv => Graph.NodeIds[kv.Key]).Order(StringComparer.Ordinal).ToList();
        var flows = new List<LostFlow>();
        foreach (var group in Edges.Where(e => Graph.EdgeProducts[e] >= 0 && Graph.EdgeTargets[e] != Graph.EdgeProducts[e])
            .GroupBy(e => (Recipient: Graph.EdgeTargets[e], Product: Graph.EdgeProducts[e])))
        {
            if (group.All(e => Graph.EdgeSources[e] == removed))
            {
                var (recipient, product) = group.Key;
                flows.Add(new LostFlow(Graph.NodeIds[recipient], Graph.Caption(recipient), Graph.NodeIds[product], Graph.Caption(product), Graph.EdgeRelationIds[group.First()]));
            }
        }
        var orphaned = SuppliersOfRecipient
            .Where(kv => kv.Value.Count == 1 && kv.Value.Contains(removed))
            .Select(kv => Graph.NodeIds[kv.Key]).Order(StringComparer.Ordinal).ToList();
        return new RemovalImpact(Graph.NodeIds[removed], Graph.Caption(removed), lostProducts,
            [.. flows.OrderBy(f => f.RecipientId, StringComparer.Ordinal).ThenBy(f => f.ProductId, StringComparer.Ordinal)], orphaned);
    }

    private static void Add(Dictionary<int, HashSet<int>> index, int key, int value)
    {
        if (!index.TryGetValue(key, out var set))
            index[key] = set = [];
        set.Add(value);
    }
}
