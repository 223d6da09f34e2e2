using Chokepoint.Matching;
using Chokepoint.Search;
using Chokepoint.Storage;

namespace Chokepoint.Screening;

/// <summary>
/// Screens pasted or uploaded names with the matching engine — the candidates, algorithm and threshold of
/// <c>POST /match</c> and <c>chokepoint screen</c>, so a name screened in the web app meets the same entities
/// across scripts and spellings — leaving out entities an analyst judged false positives for the same name
/// (by its <see cref="QueryKey"/>).
/// </summary>
public sealed class Screener(Matcher matcher, IStoreView view)
{
    public const int MaxRows = 10_000;

    /// <summary>Throws <see cref="MatchException"/> (404) for an unknown dataset; a row the engine refuses becomes an error of its line.</summary>
    public async Task<ScreeningResult> ScreenAsync(ScreeningInput input, string? dataset, int matchesPerName, double threshold, CancellationToken cancellationToken)
    {
        var parameters = new MatchParameters { Threshold = threshold };
        var algorithm = parameters.Validate();
        var scope = matcher.Scope(dataset ?? Matcher.DefaultDataset, parameters);
        var matches = new List<ScreeningMatch>();
        var unmatched = new List<ScreeningQuery>();
        var errors = new List<ScreeningError>(input.Errors);
        var excluded = 0;
        foreach (var query in input.Queries)
        {
            MatchSubject subject;
            try
            {
                subject = QueryParser.ParseRow(query.Schema ?? "LegalEntity", query.Name, null, query.Country, null, parameters.Transliterate);
            }
            catch (MatchException error)
            {
                errors.Add(new ScreeningError(query.Line, error.Detail));
                continue;
            }
            var key = QueryKey(query.Name);
            var falsePositives = await view.ListFalsePositivesAsync(key, cancellationToken);
            var (results, _) = matcher.Run(subject, parameters with { Limit = matchesPerName + falsePositives.Count }, algorithm, scope);
            var found = 0;
            foreach (var result in results.Where(r => r.Match))
            {
                if (falsePositives.Contains(result.Id))
                {
                    excluded++;
                    continue;
                }
                if (found++ == matchesPerName)
                    break;
                matches.Add(new ScreeningMatch(query.Line, query.Name, key, result.Id, result.Caption, result.Schema, result.Score,
                    Explain(result), result.Target, result.Datasets));
            }
            if (found == 0)
                unmatched.Add(query);
        }
        return new ScreeningResult(input.Queries.Count, matches, unmatched, [.. errors.OrderBy(e => e.Line)], excluded, algorithm.Name);
    }

    /// <summary>The folded, sorted tokens of a name: the same key for "Zenit BelOMO" and "BELOMO, ZENIT".</summary>
    public static string QueryKey(string name) => string.Join(' ', NameFolding.Tokens(name).Order(StringComparer.Ordinal));

    private static string Explain(MatchResult result) =>
        string.Join("; ", result.Explanations.Select(e => FormattableString.Invariant($"{e.Key} {e.Value.Value:0.##} (weight {e.Value.Weight:0.##}): {e.Value.Description}")));
}
