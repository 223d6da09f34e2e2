using Chokepoint.Coverage;

namespace Chokepoint.Graph.Ownership;

/// <summary>Runs the 50% rule on a loaded network and explains single entities with their reason chains.</summary>
public sealed class OwnershipAnalysis
{
    private const int MaxChainLength = 32;
    private readonly Adjacency _owners;

    private OwnershipAnalysis(Network network, bool[] listed, OwnershipResult result)
    {
        Network = network;
        Listed = listed;
        Result = result;
        _owners = Adjacency.OfKinds(network.Graph, AdjacencyDirection.In, "Ownership");
    }

    public Network Network { get; }
    public bool[] Listed { get; }
    public OwnershipResult Result { get; }

    private NetworkGraph Graph => Network.Graph;

    /// <param name="authority">Count only Sanctions of this authority (code, authority text or dataset); the topic then does not count.</param>
    public static OwnershipAnalysis Run(Network network, string? authority = null)
    {
        var listed = ListedNodes(network, authority);
        return new OwnershipAnalysis(network, listed, AggregateOwnership.Compute(network.Graph, listed));
    }

    public static bool[] ListedNodes(Network network, string? authority)
    {
        var graph = network.Graph;
        var listed = new bool[graph.NodeCount];
        foreach (var sanction in network.Sanctions)
        {
            if (authority is null || Authorities.Default.Matches(sanction, authority))
                listed[graph.Require(sanction.EntityId)] = true;
        }
        if (authority is null)
        {
            for (var v = 0; v < graph.NodeCount; v++)
                listed[v] |= (graph.NodeFlags[v] & NodeFlags.SanctionTopic) != 0;
        }
        return listed;
    }

    /// <summary>Every entity blocked by ownership (not listed itself), the largest blocked share first.</summary>
    public IEnumerable<OwnershipReport> BlockedByOwnership() =>
        Enumerable.Range(0, Graph.NodeCount)
            .Where(v => Result.Status[v] == BlockedStatus.Owned)
            .OrderByDescending(v => Result.BlockedShare[v]).ThenBy(v => Graph.NodeIds[v], StringComparer.Ordinal)
            .Select(Explain);

    public OwnershipReport Explain(string id) => Explain(Graph.Require(id));

    public OwnershipReport Explain(int node)
    {
        var owners = new List<OwnerShare>();
        var chains = new List<OwnershipChain>();
        foreach (var (owner, edge) in OwnersOf(node))
        {
            var counted = Result.Status[owner] != BlockedStatus.NotBlocked;
            var pct = Percentages.Known(Graph.EdgePercentages[edge]);
            owners.Add(new OwnerShare(Graph.NodeIds[owner], Graph.Caption(owner), StatusName(owner), pct, Graph.EdgeLabels[edge], Graph.EdgeRelationIds[edge], counted));
            if (counted)
            {
                var links = ChainTo(owner);
                links.Add(Link(owner, node, edge));
                chains.Add(new OwnershipChain(pct, links));
            }
        }
        var listings = Network.SanctionsByEntity[Graph.NodeIds[node]]
            .Select(s => $"{Authorities.Default.Resolve(s)}: {s.Program ?? s.SanctionId}{(s.Since is null ? "" : $" (since {s.Since})")}")
            .ToList();
        if ((Graph.NodeFlags[node] & NodeFlags.SanctionTopic) != 0)
            listings.Add("topic: sanction");
        return new OwnershipReport(Graph.NodeIds[node], Graph.Caption(node), StatusName(node),
            Math.Round(Result.BlockedShare[node], 4), Result.UnknownShares[node], listings, owners,
            [.. chains.OrderByDescending(c => c.Share ?? -1)]);
    }

    private string StatusName(int node) => Result.Status[node] switch
    {
        BlockedStatus.Listed => "listed",
        BlockedStatus.Owned => "blocked by ownership",
        _ => "not blocked",
    };

    /// <summary>Distinct owners of a node with the relation giving the largest known share (unknown last).</summary>
    private IEnumerable<(int Owner, int Edge)> OwnersOf(int node) =>
        Enumerable.Range(_owners.Offsets[node], _owners.Degree(node))
            .Select(i => (Owner: _owners.Neighbors[i], Edge: _owners.Edges[i]))
            .GroupBy(x => x.Owner)
            .Select(g => g.OrderByDescending(x => float.IsNaN(Graph.EdgePercentages[x.Edge]) ? -1 : Graph.EdgePercentages[x.Edge]).First())
            .OrderByDescending(x => float.IsNaN(Graph.EdgePercentages[x.Edge]) ? -1 : Graph.EdgePercentages[x.Edge])
            .ThenBy(x => Graph.NodeIds[x.Owner], StringComparer.Ordinal);

    /// <summary>
    /// The links from a listed entity down to <paramref name="node"/>, following at each step the blocked owner
    /// with the largest share that was blocked earlier; that order rules out cycles.
    /// </summary>
    private List<ChainLink> ChainTo(int node)
    {
        var links = new List<ChainLink>();
        var current = node;
        while (Result.Status[current] == BlockedStatus.Owned && links.Count < MaxChainLength)
        {
            var next = OwnersOf(current)
                .Where(x => Result.Status[x.Owner] == BlockedStatus.Listed
                    || (Result.Status[x.Owner] == BlockedStatus.Owned && Result.Order[x.Owner] < Result.Order[current]))
                .Select(x => ((int, int)?)x)
                .FirstOrDefault();
            if (next is not var (owner, edge))
                break;
            links.Insert(0, Link(owner, current, edge));
            current = owner;
        }
        return links;
    }

    private ChainLink Link(int owner, int asset, int edge) =>
        new(Graph.NodeIds[owner], Graph.Caption(owner), Graph.NodeIds[asset], Graph.Caption(asset),
            Percentages.Known(Graph.EdgePercentages[edge]), Graph.EdgeRelationIds[edge]);
}
