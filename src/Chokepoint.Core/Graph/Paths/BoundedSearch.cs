namespace Chokepoint.Graph.Paths;

/// <summary>
/// Bidirectional breadth-first search for one shortest path of at most <c>maxHops</c> edges, avoiding banned
/// nodes and edges. Visit marks are generation stamps in arrays reused across searches, so a search costs
/// what it touches, not the size of the graph.
/// </summary>
internal sealed class BoundedSearch
{
    private readonly NetworkGraph _graph;
    private readonly Adjacency _adjacency;
    private readonly int[] _stampForward;
    private readonly int[] _stampBackward;
    private readonly int[] _depthForward;
    private readonly int[] _depthBackward;
    private readonly int[] _viaForward;
    private readonly int[] _viaBackward;
    private readonly int[] _banned;
    private int _generation;

    public BoundedSearch(NetworkGraph graph, Adjacency adjacency)
    {
        _graph = graph;
        _adjacency = adjacency;
        var n = adjacency.NodeCount;
        _stampForward = new int[n];
        _stampBackward = new int[n];
        _depthForward = new int[n];
        _depthBackward = new int[n];
        _viaForward = new int[n];
        _viaBackward = new int[n];
        _banned = new int[n];
    }

    /// <summary>The edges of a shortest path from <paramref name="from"/> to <paramref name="to"/>, or null.</summary>
    public List<int>? Find(int from, int to, int maxHops, IEnumerable<int> bannedNodes, IReadOnlySet<int> bannedEdges)
    {
        _generation++;
        var g = _generation;
        foreach (var node in bannedNodes)
            _banned[node] = g;
        if (_banned[from] == g || _banned[to] == g)
            return null;
        if (from == to)
            return [];
        _stampForward[from] = g;
        _depthForward[from] = 0;
        _stampBackward[to] = g;
        _depthBackward[to] = 0;
        List<int> forward = [from], backward = [to];
        int depthForward = 0, depthBackward = 0;
        while (forward.Count > 0 && backward.Count > 0 && depthForward + depthBackward < maxHops)
        {
            var expandForward = forward.Count <= backward.Count;
            var frontier = expandForward ? forward : backward;
            var next = new List<int>();
            var best = int.MaxValue;
            int meetNode = -1, meetEdge = -1, meetFrom = -1;
            foreach (var u in frontier)
            {
                for (var i = _adjacency.Offsets[u]; i < _adjacency.Offsets[u + 1]; i++)
                {
                    var v = _adjacency.Neighbors[i];
                    var e = _adjacency.Edges[i];
                    if (_banned[v] == g || bannedEdges.Contains(e))
                        continue;
                    var (mine, myDepth, myVia, other, otherDepth) = expandForward
                        ? (_stampForward, _depthForward, _viaForward, _stampBackward, _depthBackward)
                        : (_stampBackward, _depthBackward, _viaBackward, _stampForward, _depthForward);
                    if (other[v] == g)
                    {
                        var total = myDepth[u] + 1 + otherDepth[v];
                        if (total < best)
                            (best, meetNode, meetEdge, meetFrom) = (total, v, e, u);
                    }
                    if (mine[v] == g)
                        continue;
                    mine[v] = g;
                    myDepth[v] = myDepth[u] + 1;
                    myVia[v] = e;
                    next.Add(v);
                }
            }
            if (best <= maxHops)
                return expandForward ? Join(meetFrom, meetEdge, meetNode) : Join(meetNode, meetEdge, meetFrom);
            if (expandForward)
                (forward, depthForward) = (next, depthForward + 1);
            else
                (backward, depthBackward) = (next, depthBackward + 1);
        }
        return null;
    }

    /// <summary>Path edges: forward parents back to the start, the meeting edge, backward parents on to the end.</summary>
    private List<int> Join(int forwardNode, int meetEdge, int backwardNode)
    {
        var path = new List<int>();
        var node = forwardNode;
        while (_depthForward[node] > 0)
        {
            var e = _viaForward[node];
            path.Add(e);
            node = _graph.Other(e, node);
        }
        path.Reverse();
        path.Add(meetEdge);
        node = backwardNode;
        while (_depthBackward[node] > 0)
        {
            var e = _viaBackward[node];
            path.Add(e);
            node = _graph.Other(e, node);
        }
        return path;
    }
}
