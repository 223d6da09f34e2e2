using Chokepoint.Graph;
using Chokepoint.Model;

namespace Chokepoint.Bench;

/// <summary>
/// A synthetic network straight into the in-memory structure: companies owned through chains and cycles
/// (1 to 3 owners each, 5% unknown percentages), supply edges converging on hub recipients with products,
/// directorships and loose links. Deterministic for a seed.
/// </summary>
public static class GraphGenerator
{
    public static (NetworkGraph Graph, bool[] Listed) Generate(int nodes, int edges, int seed = 42)
    {
        var random = new Random(seed);
        var products = Math.Max(10, nodes / 200);
        var persons = nodes * 15 / 100;
        var companies = nodes - persons - products;
        var model = SchemaModel.Default;
        var (company, person, product) = (model.Get("Company"), model.Get("Person"), model.Get("Product"));
        var builder = new GraphBuilder(nodes, edges);
        for (var i = 0; i < companies; i++)
            builder.Describe($"c{i}", company, null);
        for (var i = 0; i < persons; i++)
            builder.Describe($"p{i}", person, null);
        for (var i = 0; i < products; i++)
            builder.Describe($"prod{i}", product, null);
        int Person() => companies + random.Next(persons);
        var relation = 0;
        var shares = new float[3];
        for (var c = 0; c < companies && relation < edges * 45 / 100; c++)
        {
            var owners = random.NextDouble() switch { < 0.6 => 1, < 0.9 => 2, _ => 3 };
            var total = random.NextDouble() < 0.7 ? 100f : (float)(20 + random.Next(80));
            var weights = 0f;
            for (var k = 0; k < owners; k++)
                weights += shares[k] = (float)random.NextDouble() + 0.1f;
            for (var k = 0; k < owners; k++)
            {
                var owner = random.NextDouble() switch
                {
                    < 0.3 => Person(),
                    < 0.8 => c == 0 ? Person() : Math.Max(0, c - 1 - random.Next(Math.Min(c, 5000))),
                    _ => random.Next(companies),
                };
                if (owner == c)
                    continue;
                var pct = random.NextDouble() < 0.05 ? float.NaN : MathF.Round(total * shares[k] / weights, 2);
                builder.AddEdge(owner, c, "Ownership", $"r{relation++}", pct, -1, null);
            }
        }
        var hubs = Math.Max(1, companies / 100);
        for (var target = relation + edges * 35 / 100; relation < target;)
        {
            var supplier = random.Next(companies);
            var recipient = random.NextDouble() < 0.5 ? random.Next(hubs) : random.Next(companies);
            if (supplier != recipient)
                builder.AddEdge(supplier, recipient, "Supply", $"r{relation++}", float.NaN, companies + persons + random.Next(products), "supplies");
        }
        for (var target = relation + edges * 12 / 100; relation < target;)
            builder.AddEdge(Person(), random.Next(companies), "Directorship", $"r{relation++}", float.NaN, -1, "director");
        while (relation < edges)
        {
            var (a, b) = (random.Next(companies + persons), random.Next(companies + persons));
            if (a != b)
                builder.AddEdge(a, b, "UnknownLink", $"r{relation++}", float.NaN, -1, null);
        }
        var listed = new bool[nodes];
        for (var i = 0; i < nodes / 100; i++)
            listed[random.Next(companies + persons)] = true;
        return (builder.Build(), listed);
    }

    /// <summary>The subgraph induced by the first <paramref name="size"/> nodes reached breadth-first from <paramref name="start"/>.</summary>
    public static NetworkGraph Ball(NetworkGraph graph, Adjacency adjacency, int start, int size)
    {
        var index = new Dictionary<int, int>(size) { [start] = 0 };
        var queue = new Queue<int>([start]);
        var builder = new GraphBuilder(size, size * 4);
        builder.Describe(graph.NodeIds[start], graph.NodeSchemata[start], null);
        while (queue.Count > 0 && index.Count < size)
        {
            var v = queue.Dequeue();
            for (var i = adjacency.Offsets[v]; i < adjacency.Offsets[v + 1] && index.Count < size; i++)
            {
                var w = adjacency.Neighbors[i];
                if (index.TryAdd(w, index.Count))
                {
                    builder.Describe(graph.NodeIds[w], graph.NodeSchemata[w], null);
                    queue.Enqueue(w);
                }
            }
        }
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (index.TryGetValue(graph.EdgeSources[e], out var s) && index.TryGetValue(graph.EdgeTargets[e], out var t))
                builder.AddEdge(s, t, graph.KindName(e), graph.EdgeRelationIds[e]);
        }
        return builder.Build();
    }
}
