using Chokepoint.Matching;
using Chokepoint.Matching.Algorithms;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Coverage;

/// <summary>
/// Cross-list matching with the matching engine (logic-v1, scores of at least <see cref="SameEntityScore"/>): names across scripts,
/// transliterations and legal forms, with dates, countries and identifiers. Identifier and name-key
/// equality (<see cref="NameKeyMatcher"/>) still count, so nothing the fallback finds is lost.
/// </summary>
public sealed class EngineCrossListMatcher : ICrossListMatcher
{
    private readonly Matcher _matcher;
    private readonly NameKeyMatcher _keys = new();
    /// <summary>Coverage counts a listing as the same entity's only above this score: a screening hit is not yet an identity.</summary>
    public const double SameEntityScore = 0.9;

    private readonly MatchParameters _parameters = new() { Limit = 10, Threshold = SameEntityScore };

    private EngineCrossListMatcher(Matcher matcher) => _matcher = matcher;

    public static async Task<EngineCrossListMatcher> BuildAsync(IStoreView view, CancellationToken cancellationToken = default) =>
        new(new Matcher(await MatchIndex.BuildAsync(view, cancellationToken)));

    /// <summary>Over a match index built elsewhere (the web app's, say), so the store is not indexed twice.</summary>
    public static EngineCrossListMatcher Over(Matcher matcher) => new(matcher);

    public void Observe(Entity entity) => _keys.Observe(entity);

    public IReadOnlyList<CrossListCandidate> Match(Entity entity)
    {
        var best = _keys.Match(entity).ToDictionary(c => c.EntityId, StringComparer.Ordinal);
        if (entity.Schema.Matchable && entity.Schema.Edge is null)
        {
            var (results, _) = _matcher.Run(MatchSubject.FromEntity(entity), _parameters, MatchAlgorithms.Default);
            foreach (var result in results.Where(r => r.Id != entity.Id && r.Match))
            {
                if (!best.TryGetValue(result.Id, out var known) || known.Score < result.Score)
                    best[result.Id] = new CrossListCandidate(result.Id, result.Score, $"{MatchAlgorithms.DefaultName} {result.Score:0.00}");
            }
        }
        return best.Values.OrderByDescending(c => c.Score).ThenBy(c => c.EntityId, StringComparer.Ordinal).ToList();
    }
}
