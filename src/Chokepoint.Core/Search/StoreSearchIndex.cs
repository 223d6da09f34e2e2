using Chokepoint.Model;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Search;

/// <summary>
/// Store-backed name search: candidates are current name-typed statements containing the query's longest token,
/// kept when every token appears in one of the entity's names, ranked by <see cref="NameScore"/>. With
/// <paramref name="cacheNames"/> (a long-lived process) the candidates come from in-memory <see cref="NameSnapshots"/>
/// instead of a scan of the store per query.
/// </summary>
public sealed class StoreSearchIndex(IStore store, bool cacheNames = false) : ISearchIndex
{
    /// <summary>Name statements read per query; beyond it the result says it is truncated.</summary>
    public const int CandidateLimit = 5000;

    private readonly IReadOnlyList<string> _nameProps = NameProps(store);

    private readonly NameSnapshots? _snapshots = cacheNames ? new NameSnapshots(store, NameProps(store)) : null;

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var tokens = NameFolding.Tokens(query.Text);
        var longest = tokens.OrderByDescending(t => t.Length).FirstOrDefault();
        var candidates = _snapshots is not null
            ? (await _snapshots.GetAsync(query.Dataset, cancellationToken)).Find(longest, CandidateLimit)
            : await store.View.FindNamesAsync(longest, query.Dataset, _nameProps, CandidateLimit, cancellationToken);
        var scored = new Dictionary<string, (double Score, string Name, string Explanation)>(StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(c => c.EntityId, StringComparer.Ordinal))
        {
            var names = group.Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
            if (tokens.Count == 0)
            {
                scored[group.Key] = (0, names[0], "listed without a query");
                continue;
            }
            var folded = names.Select(NameFolding.Fold).ToList();
            if (!tokens.All(t => folded.Any(n => n.Contains(t, StringComparison.Ordinal))))
                continue;
            var best = names.Select(n => (Name: n, Score: NameScore.Compute(tokens, n)))
                .OrderByDescending(x => x.Score.Score).ThenBy(x => x.Name.Length).First();
            scored[group.Key] = (best.Score.Score, best.Name, best.Score.Explain(best.Name));
        }
        var facetRows = await store.View.ListFacetStatementsAsync(scored.Keys.ToList(), cancellationToken);
        var facets = SearchFacets.Build(facetRows, store.Model);
        var accepted = scored
            .Where(s => facets.TryGetValue(s.Key, out var f) && f.Accepts(query, store.Model))
            .OrderByDescending(s => s.Value.Score).ThenBy(s => s.Value.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var limit = Math.Clamp(query.Limit, 0, SearchQuery.MaxLimit);
        var hits = new List<SearchHit>();
        foreach (var (id, (score, name, explanation)) in accepted.Skip(Math.Max(0, query.Offset)).Take(limit))
        {
            if (await store.View.GetEntityAsync(id, cancellationToken) is { } entity)
                hits.Add(new SearchHit(entity, score, explanation, name));
        }
        return new SearchResult(
            accepted.Count,
            hits,
            SearchFacets.Count(accepted.Select(a => facets[a.Key]), store.Model),
            candidates.Count >= CandidateLimit);
    }

    private static List<string> NameProps(IStore store) => store.Model.Schemata
        .SelectMany(s => s.Properties.Values)
        .Where(p => p.Type.Name == "name")
        .Select(p => p.Name)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Whether any authority sanctions the entity: a sanction topic or a Sanction entity pointing at it.</summary>
    public static bool IsSanctioned(Entity entity) =>
        entity.Get("topics").Any(t => t.StartsWith("sanction", StringComparison.Ordinal));
}
