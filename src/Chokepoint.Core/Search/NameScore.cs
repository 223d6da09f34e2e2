using System.Globalization;

namespace Chokepoint.Search;

/// <summary>
/// The store-backed search's score (<c>store-tokens-v1</c>): half the share of query tokens found in the name,
/// half the share of the name's letters covered by those tokens. An exact token match of the whole name scores 1.
/// </summary>
public sealed record NameScore(double Score, int QueryTokensFound, int QueryTokens, double NameCoverage)
{
    public const string Algorithm = "store-tokens-v1";

    public static NameScore Compute(IReadOnlyList<string> queryTokens, string name)
    {
        var nameTokens = NameFolding.Tokens(name);
        if (queryTokens.Count == 0 || nameTokens.Count == 0)
            return new NameScore(0, 0, queryTokens.Count, 0);
        var found = queryTokens.Count(q => nameTokens.Any(n => n.Contains(q, StringComparison.Ordinal)));
        var covered = nameTokens.Sum(n => queryTokens.Where(q => n.Contains(q, StringComparison.Ordinal)).Select(q => q.Length).DefaultIfEmpty(0).Max());
        var coverage = (double)covered / nameTokens.Sum(n => n.Length);
        var score = 0.5 * found / queryTokens.Count + 0.5 * coverage;
        return new NameScore(Math.Round(score, 3), found, queryTokens.Count, coverage);
    }

    public string Explain(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{QueryTokensFound}/{QueryTokens} query tokens in name \"{name}\", covering {NameCoverage * 100:0}% of it ({Algorithm})");
}
