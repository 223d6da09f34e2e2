using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Graph;

/// <summary>
/// Builds the <see cref="Network"/> from the store in one pass over its entities: relation entities become
/// edges (as their schema's <c>edge</c> says), Sanction entities become <see cref="SanctionRecord"/>s,
/// every other entity a node.
/// </summary>
public static class NetworkLoader
{
    /// <param name="dataset">Only this dataset's statements, or the whole store when null.</param>
    /// <param name="observe">Called with every entity, so an index can be built in the same pass.</param>
    public static async Task<Network> LoadAsync(IStoreView view, string? dataset, Action<Entity>? observe = null, CancellationToken cancellationToken = default)
    {
        var builder = new GraphBuilder();
        var sanctions = new List<SanctionRecord>();
        await foreach (var entity in view.StreamEntitiesAsync(dataset, cancellationToken))
        {
            observe?.Invoke(entity);
            Add(builder, sanctions, entity);
        }
        foreach (var sanction in sanctions)
            builder.Flag(builder.Node(sanction.EntityId), NodeFlags.Sanctioned);
        return new Network(builder.Build(), sanctions);
    }

    public static void Add(GraphBuilder builder, List<SanctionRecord> sanctions, Entity entity)
    {
        var schema = entity.Schema;
        if (schema.IsA("Sanction"))
        {
            var since = entity.First("startDate") ?? entity.First("listingDate");
            foreach (var target in entity.Get("entity"))
            {
                sanctions.Add(new SanctionRecord(entity.Id, target, entity.First("authority"), entity.First("program"),
                    since, entity.First("country"), [.. entity.Datasets]));
            }
            return;
        }
        if (schema.Edge is not { } edge)
        {
            var flags = entity.Get("topics").Contains("sanction") ? NodeFlags.SanctionTopic : NodeFlags.None;
            builder.Describe(entity.Id, schema, entity.Caption, flags);
            return;
        }
        var product = schema.IsA("Supply") && entity.First("product") is { } productId ? builder.Node(productId) : -1;
        var targets = entity.Get(edge.Target);
        // A Supply without a recipient still ties the supplier to its product.
        if (targets.Count == 0 && product >= 0)
            targets = entity.Get("product");
        var isOwnership = schema.IsA("Ownership");
        var percentage = isOwnership ? Percentages.Parse(entity.First("percentage")) : float.NaN;
        var label = isOwnership ? entity.First("percentage") : entity.First("role") ?? entity.First("relationship");
        foreach (var source in entity.Get(edge.Source))
        {
            foreach (var target in targets)
            {
                if (source == target)
                    continue;
                builder.AddEdge(builder.Node(source), builder.Node(target), schema.Name, entity.Id, percentage, product, label);
            }
        }
    }
}
