using Chokepoint.Model;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Graph;

/// <summary>Loads an entity's adjacent entities through the store's reverse-reference lookup, one page of incoming at a time.</summary>
public static class NeighbourhoodLoader
{
    public const int MaxOutgoing = 200;

    public static async Task<Neighbourhood> LoadAsync(IStoreView view, SchemaModel model, Entity entity, int limit, int offset, CancellationToken cancellationToken)
    {
        var outgoing = new List<(Property, Entity)>();
        foreach (var (property, id) in entity.References().Take(MaxOutgoing))
        {
            if (await view.GetEntityAsync(id, cancellationToken) is { } target)
                outgoing.Add((property, target));
        }
        var references = await view.ListReferencesToAsync(entity.Id, limit + 1, offset, cancellationToken);
        var incoming = new List<(Property, Entity)>();
        var loaded = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var reference in references.Take(limit))
        {
            if (model.TryGet(reference.Schema)?.GetProperty(reference.Prop) is not { Type.IsEntity: true } property)
                continue;
            if (!loaded.TryGetValue(reference.EntityId, out var source))
                loaded[reference.EntityId] = source = await view.GetEntityAsync(reference.EntityId, cancellationToken);
            if (source is not null)
                incoming.Add((property, source));
        }
        return new Neighbourhood(entity, outgoing, incoming, references.Count > limit);
    }
}
