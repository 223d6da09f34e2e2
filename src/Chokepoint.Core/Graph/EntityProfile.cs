using Chokepoint.Datasets;
using Chokepoint.Search;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Graph;

/// <summary>
/// Everything an entity page or <c>GET /entities/{id}</c> shows: the entity, its adjacent entities, the sources its
/// statements cite, and its sanctions (Sanction entities pointing at it).
/// </summary>
public sealed record EntityProfile(Entity Entity, Neighbourhood Neighbourhood, IReadOnlyDictionary<string, SourceInfo> Sources)
{
    public const int IncomingLimit = 100;

    public IEnumerable<Entity> Sanctions => Neighbourhood.Incoming.Where(i => i.Source.Schema.IsA("Sanction")).Select(i => i.Source).DistinctBy(e => e.Id);

    /// <summary>Whether any authority sanctions the entity (a sanction topic or a Sanction entity).</summary>
    public bool Sanctioned => StoreSearchIndex.IsSanctioned(Entity) || Sanctions.Any();

    public static async Task<EntityProfile?> LoadAsync(IStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.View.GetEntityAsync(id, cancellationToken) is not { } entity)
            return null;
        var hood = await NeighbourhoodLoader.LoadAsync(store.View, store.Model, entity, IncomingLimit, 0, cancellationToken);
        var sources = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
        foreach (var sourceId in entity.Statements.Select(s => s.SourceId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await store.View.GetSourceAsync(sourceId, cancellationToken) is { } source)
                sources[sourceId] = source;
        }
        return new EntityProfile(entity, hood, sources);
    }
}
