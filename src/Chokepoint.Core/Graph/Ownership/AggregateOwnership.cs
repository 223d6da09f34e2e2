namespace Chokepoint.Graph.Ownership;

/// <summary>
/// The OFAC 50% rule (ownership-v1): an entity is blocked when it is listed, or when the shares held in it
/// by blocked owners add up to 50% or more. Evaluated as a work list from the listed entities outward, so
/// every Ownership edge is visited once and cycles converge: O(nodes + edges).
/// Several relations between the same owner and asset (e.g. from two sources) count once, at their largest share.
/// Unknown percentages are counted apart and never added to the share.
/// </summary>
public static class AggregateOwnership
{
    public const double Threshold = 50.0;

    // Shares are sums of floats; a hair under 50 from rounding (e.g. 33.3 + 16.7) still meets the rule.
    private const float Tolerance = 1e-3f;

    public static OwnershipResult Compute(NetworkGraph graph, bool[] listed, Adjacency? owned = null)
    {
        var n = graph.NodeCount;
        owned ??= Adjacency.OfKinds(graph, AdjacencyDirection.Out, "Ownership");
        var status = new BlockedStatus[n];
        var share = new float[n];
        var unknown = new int[n];
        var order = new int[n];
        var lastOwner = new int[n];
        var lastShare = new float[n];
        Array.Fill(lastOwner, -1);
        var queue = new Queue<int>();
        for (var v = 0; v < n; v++)
        {
            if (listed[v])
            {
                status[v] = BlockedStatus.Listed;
                queue.Enqueue(v);
            }
        }
        var step = 0;
        var percentages = graph.EdgePercentages;
        var offsets = owned.Offsets;
        var neighbors = owned.Neighbors;
        var edges = owned.Edges;
        while (queue.Count > 0)
        {
            var owner = queue.Dequeue();
            for (var i = offsets[owner]; i < offsets[owner + 1]; i++)
            {
                var asset = neighbors[i];
                var pct = percentages[edges[i]];
                var repeat = lastOwner[asset] == owner;
                if (float.IsNaN(pct))
                {
                    if (!repeat)
                    {
                        unknown[asset]++;
                        lastOwner[asset] = owner;
                        lastShare[asset] = 0;
                    }
                    continue;
                }
                if (repeat)
                {
                    if (pct <= lastShare[asset])
                        continue;
                    share[asset] += pct - lastShare[asset];
                }
                else
                {
                    share[asset] += pct;
                }
                lastOwner[asset] = owner;
                lastShare[asset] = pct;
                if (status[asset] == BlockedStatus.NotBlocked && share[asset] >= Threshold - Tolerance)
                {
                    status[asset] = BlockedStatus.Owned;
                    order[asset] = ++step;
                    queue.Enqueue(asset);
                }
            }
        }
        return new OwnershipResult(status, share, unknown, order);
    }
}
