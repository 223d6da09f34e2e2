using Chokepoint.Graph;
using Chokepoint.Search;
using Chokepoint.Statements;

namespace Chokepoint.Web.Entities;

/// <summary>
/// yente's entity shape: entity-typed property values are nested entity objects, and adjacent entities that point
/// at this one are nested under the reverse property (a Sanction under <c>sanctions</c>). The top-level entity adds
/// every statement with its source and grading, and its relations in and out.
/// </summary>
public sealed record EntityJson(
    string Id, string Caption, string Schema, Dictionary<string, List<object>> Properties,
    IReadOnlyList<string> Datasets, IReadOnlyList<string> Referents, string? FirstSeen, string? LastSeen, bool Target,
    IReadOnlyList<StatementJson>? Statements = null, IReadOnlyList<RelationJson>? Relations = null)
{
    public static EntityJson From(EntityProfile profile)
    {
        var entity = profile.Entity;
        var hood = profile.Neighbourhood;
        var targets = hood.Outgoing.Select(o => o.Target).DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var properties = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        foreach (var (prop, values) in entity.Properties)
        {
            var isEntity = entity.Schema.GetProperty(prop)?.Type.IsEntity == true;
            properties[prop] = values.Select(v => isEntity && targets.TryGetValue(v, out var t) ? (object)Flat(t) : v).ToList();
        }
        foreach (var (property, source) in hood.Incoming)
        {
            if (property.Reverse is not { } reverse)
                continue;
            if (!properties.TryGetValue(reverse, out var list))
                properties[reverse] = list = [];
            list.Add(Flat(source));
        }
        var relations = hood.Outgoing.Select(o => new RelationJson("out", o.Property.Name, o.Property.Label, o.Target.Id, o.Target.Caption, o.Target.Schema.Name))
            .Concat(hood.Incoming.Select(i => new RelationJson("in", i.Property.Name, i.Property.Label, i.Source.Id, i.Source.Caption, i.Source.Schema.Name)))
            .ToList();
        return Flat(entity) with
        {
            Properties = properties,
            Target = profile.Sanctioned,
            Statements = entity.Statements.Select(s => StatementJson.From(s, profile.Sources)).ToList(),
            Relations = relations,
        };
    }

    /// <summary>An entity without nesting, statements or relations.</summary>
    public static EntityJson Flat(Entity entity) => new(
        entity.Id, entity.Caption, entity.Schema.Name,
        entity.Properties.ToDictionary(p => p.Key, p => p.Value.Cast<object>().ToList(), StringComparer.Ordinal),
        entity.Datasets.ToList(), entity.Referents.ToList(), entity.FirstSeen, entity.LastSeen, StoreSearchIndex.IsSanctioned(entity));
}
