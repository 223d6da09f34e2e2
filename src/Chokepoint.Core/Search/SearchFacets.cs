using Chokepoint.Model;
using Chokepoint.Storage;

namespace Chokepoint.Search;

/// <summary>What the facets know about one entity: its schema, datasets, countries and topics.</summary>
public sealed class SearchFacets
{
    public string Schema { get; private set; } = "";
    public SortedSet<string> Datasets { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Countries { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Topics { get; } = new(StringComparer.Ordinal);

    public static Dictionary<string, SearchFacets> Build(IEnumerable<FacetStatement> rows, SchemaModel model)
    {
        var byEntity = new Dictionary<string, SearchFacets>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byEntity.TryGetValue(row.EntityId, out var facets))
                byEntity[row.EntityId] = facets = new SearchFacets { Schema = row.Schema };
            if (facets.Schema != row.Schema && model.TryGet(facets.Schema) is { } left && model.TryGet(row.Schema) is { } right)
                facets.Schema = model.Common(left, right)?.Name ?? facets.Schema;
            facets.Datasets.Add(row.Dataset);
            if (row.Prop == "topics")
                facets.Topics.Add(row.Value);
            else if (row.Prop.Length > 0)
                facets.Countries.Add(row.Value);
        }
        return byEntity;
    }

    public bool Accepts(SearchQuery query, SchemaModel model) =>
        (query.Schemata.Count == 0 || query.Schemata.Any(s => model.TryGet(Schema)?.IsA(s) == true))
        && (query.Countries.Count == 0 || query.Countries.Any(Countries.Contains))
        && (query.Topics.Count == 0 || query.Topics.Any(Topics.Contains))
        && (query.Datasets.Count == 0 || query.Datasets.Any(Datasets.Contains));

    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IEnumerable<SearchFacets> results, SchemaModel model)
    {
        var list = results.ToList();
        return new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal)
        {
            ["schema"] = Tally(list.Select(f => (IEnumerable<string>)[f.Schema]), s => model.TryGet(s)?.Label ?? s),
            ["countries"] = Tally(list.Select(f => f.Countries), Chokepoint.Model.Countries.NameOf),
            ["datasets"] = Tally(list.Select(f => f.Datasets), d => d),
            ["topics"] = Tally(list.Select(f => f.Topics), t => t),
        };
    }

    private static List<FacetValue> Tally(IEnumerable<IEnumerable<string>> values, Func<string, string> label) =>
        values.SelectMany(v => v)
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, label(g.Key), g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Take(30)
            .ToList();
}
