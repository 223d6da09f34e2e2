using Chokepoint.Model;
using Chokepoint.Search;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Graph;

/// <summary>
/// Turns a neighbourhood into nodes and edges: relation entities (Ownership, Supply, UnknownLink ...) become labelled
/// edges between their endpoints; other references become edges labelled with the property.
/// </summary>
public static class NetworkBuilder
{
    public static async Task<NetworkExpansion> ExpandAsync(IStoreView view, SchemaModel model, Entity entity, int limit, int offset, CancellationToken cancellationToken)
    {
        var hood = await NeighbourhoodLoader.LoadAsync(view, model, entity, limit, offset, cancellationToken);
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        var edges = new Dictionary<string, NetworkEdge>(StringComparer.Ordinal);
        var sanctioned = hood.Incoming.Any(i => i.Source.Schema.IsA("Sanction"));
        Add(nodes, entity, sanctioned);
        var known = hood.Outgoing.Select(o => o.Target).Append(entity).DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (entity.Schema.Edge is not null)
        {
            await AddRelationAsync(view, entity, known, nodes, edges, cancellationToken);
        }
        else
        {
            foreach (var (property, target) in hood.Outgoing)
            {
                Add(nodes, target, false);
                edges.TryAdd($"{entity.Id}>{property.Name}>{target.Id}", new NetworkEdge($"{entity.Id}>{property.Name}>{target.Id}", entity.Id, target.Id, property.Label.ToLowerInvariant(), null));
            }
        }
        foreach (var (property, source) in hood.Incoming)
        {
            if (source.Schema.Edge is not null && !source.Schema.IsA("Sanction"))
            {
                known[entity.Id] = entity;
                await AddRelationAsync(view, source, known, nodes, edges, cancellationToken);
                continue;
            }
            Add(nodes, source, false);
            var id = $"{source.Id}>{property.Name}>{entity.Id}";
            var label = property.Reverse is { } reverse && entity.Schema.GetProperty(reverse) is { } stub ? stub.Label : property.Label;
            edges.TryAdd(id, new NetworkEdge(id, source.Id, entity.Id, label.ToLowerInvariant(), source.Id));
        }
        return new NetworkExpansion(entity.Id, nodes.Values.ToList(), edges.Values.ToList(), hood.MoreIncoming);
    }

    private static async Task AddRelationAsync(IStoreView view, Entity relation, Dictionary<string, Entity> known,
        Dictionary<string, NetworkNode> nodes, Dictionary<string, NetworkEdge> edges, CancellationToken cancellationToken)
    {
        var edge = relation.Schema.Edge!;
        var source = relation.First(edge.Source);
        var productId = relation.First("product");
        var target = relation.First(edge.Target) ?? productId;
        if (source is null || target is null)
            return;
        var sourceEntity = await FindAsync(view, known, source, cancellationToken);
        var targetEntity = await FindAsync(view, known, target, cancellationToken);
        if (sourceEntity is null || targetEntity is null)
            return;
        var product = productId is null ? null : await FindAsync(view, known, productId, cancellationToken);
        Add(nodes, sourceEntity, false);
        Add(nodes, targetEntity, false);
        edges.TryAdd(relation.Id, new NetworkEdge(relation.Id, source, target, EdgeLabels.For(relation, product?.Caption), relation.Id));
    }

    private static async Task<Entity?> FindAsync(IStoreView view, Dictionary<string, Entity> known, string id, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(id, out var entity))
            return entity;
        entity = await view.GetEntityAsync(id, cancellationToken);
        if (entity is not null)
            known[id] = entity;
        return entity;
    }

    private static void Add(Dictionary<string, NetworkNode> nodes, Entity entity, bool sanctioned)
    {
        var node = new NetworkNode(entity.Id, entity.Caption, entity.Schema.Name, sanctioned || StoreSearchIndex.IsSanctioned(entity));
        if (!nodes.TryAdd(entity.Id, node) && sanctioned)
            nodes[entity.Id] = node;
    }
}
