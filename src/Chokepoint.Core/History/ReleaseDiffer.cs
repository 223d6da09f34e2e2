using Chokepoint.Model;
using Chokepoint.Storage;

namespace Chokepoint.History;

/// <summary>
/// Compares two releases of a dataset entity by entity. Listed entities are those whose schema is a
/// LegalEntity, Vessel or Airplane; a change to an entity that references one of them or that one of them
/// references (Sanction.entity, Identification.holder, addressEntity ...) counts as a change of that listed entity.
/// </summary>
public static class ReleaseDiffer
{
    public static bool IsListed(Schema schema) => schema.IsA("LegalEntity") || schema.IsA("Vessel") || schema.IsA("Airplane");

    public static async Task<IReadOnlyList<EntityChange>> DiffAsync(IStore store, string dataset, string from, string to, CancellationToken cancellationToken = default)
    {
        var entityProps = store.Model.Schemata.SelectMany(s => s.Properties.Values).Where(p => p.Type.IsEntity).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var delta = await store.View.GetReleaseDeltaAsync(dataset, from, to, entityProps, cancellationToken);
        return Diff(delta, store.Model);
    }

    public static IReadOnlyList<EntityChange> Diff(ReleaseDelta delta, SchemaModel model)
    {
        var entities = new Dictionary<string, ReleaseEntity>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in delta.Entities)
        {
            if (entities.TryGetValue(entity.Id, out var seen))
                entities[entity.Id] = seen with { InFrom = seen.InFrom || entity.InFrom, InTo = seen.InTo || entity.InTo };
            else
                entities[entity.Id] = entity;
            if (model.TryGet(entity.Schema) is { } schema && IsListed(schema))
                listed.Add(entity.Id);
        }
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (source, target) in delta.Edges)
        {
            if (listed.Contains(source) && !listed.Contains(target))
                Owners(owners, target).Add(source);
            else if (!listed.Contains(source) && listed.Contains(target))
                Owners(owners, source).Add(target);
        }
        var changes = new SortedDictionary<string, Dictionary<string, (List<string> Added, List<string> Removed)>>(StringComparer.Ordinal);
        foreach (var change in delta.Changes)
        {
            IEnumerable<string> targets = listed.Contains(change.EntityId)
                ? [change.EntityId]
                : owners.GetValueOrDefault(change.EntityId) ?? Enumerable.Empty<string>();
            var key = listed.Contains(change.EntityId) ? change.Prop : $"{change.Schema}.{change.Prop}";
            foreach (var target in targets)
            {
                if (!changes.TryGetValue(target, out var properties))
                    changes[target] = properties = new Dictionary<string, (List<string>, List<string>)>(StringComparer.Ordinal);
                if (!properties.TryGetValue(key, out var values))
                    properties[key] = values = ([], []);
                (change.Added ? values.Added : values.Removed).Add(change.Value);
            }
        }
        var result = new List<EntityChange>(changes.Count);
        foreach (var (id, properties) in changes)
        {
            var entity = entities.GetValueOrDefault(id);
            var kind = entity switch
            {
                { InFrom: false, InTo: true } => ChangeKind.Added,
                { InFrom: true, InTo: false } => ChangeKind.Removed,
                _ => ChangeKind.Changed,
            };
            var sorted = properties.OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => new PropertyChange(p.Value.Added, p.Value.Removed), StringComparer.Ordinal);
            result.Add(new EntityChange(id, entity?.Schema ?? "", kind, sorted));
        }
        return result;
    }

    private static HashSet<string> Owners(Dictionary<string, HashSet<string>> owners, string id)
    {
        if (!owners.TryGetValue(id, out var set))
            owners[id] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }
}
