using Chokepoint.Search;
using Chokepoint.Storage;

namespace Chokepoint.Screening;

/// <summary>
/// Screens names through an <see cref="ISearchIndex"/>, leaving out entities an analyst judged false positives
/// for the same name (by its <see cref="QueryKey"/>).
/// </summary>
public sealed class Screener(ISearchIndex index, IStoreView view, string algorithm)
{
    public const int MaxRows = 10_000;

    public async Task<ScreeningResult> ScreenAsync(ScreeningInput input, string? dataset, int matchesPerName, double threshold, CancellationToken cancellationToken)
    {
        var matches = new List<ScreeningMatch>();
        var unmatched = new List<ScreeningQuery>();
        var excluded = 0;
        foreach (var query in input.Queries)
        {
            var key = QueryKey(query.Name);
            var falsePositives = await view.ListFalsePositivesAsync(key, cancellationToken);
            var result = await index.SearchAsync(new SearchQuery
            {
                Text = query.Name,
                Dataset = dataset,
                Schemata = query.Schema is null ? [] : [query.Schema],
                Limit = matchesPerName + falsePositives.Count,
            }, cancellationToken);
            var found = 0;
            foreach (var hit in result.Hits.Where(h => h.Score >= threshold))
            {
                if (falsePositives.Contains(hit.Entity.Id))
                {
                    excluded++;
                    continue;
                }
                if (found++ == matchesPerName)
                    break;
                matches.Add(new ScreeningMatch(query.Line, query.Name, key, hit.Entity.Id, hit.Entity.Caption, hit.Entity.Schema.Name,
                    hit.Score, hit.Explanation, StoreSearchIndex.IsSanctioned(hit.Entity), hit.Entity.Datasets.ToList()));
            }
            if (found == 0)
                unmatched.Add(query);
        }
        return new ScreeningResult(input.Queries.Count, matches, unmatched, input.Errors, excluded, algorithm);
    }

    /// <summary>The folded, sorted tokens of a name: the same key for "Zenit BelOMO" and "BELOMO, ZENIT".</summary>
    public static string QueryKey(string name) => string.Join(' ', NameFolding.Tokens(name).Order(StringComparer.Ordinal));
}
