using Chokepoint.Graph;

namespace Chokepoint.Core.Tests.Graph;

/// <summary>Small graphs built straight into the in-memory structure, nodes named n0, n1 ...</summary>
internal static class InMemory
{
    public static NetworkGraph Undirected(int nodes, params (int From, int To)[] edges) => Build(nodes, "UnknownLink", edges);

    public static NetworkGraph Build(int nodes, string kind, params (int From, int To)[] edges)
    {
        var builder = new GraphBuilder();
        for (var i = 0; i < nodes; i++)
            builder.Describe($"n{i}", null, $"n{i}");
        var relation = 0;
        foreach (var (from, to) in edges)
            builder.AddEdge(from, to, kind, $"r{relation++}");
        return builder.Build();
    }
}
