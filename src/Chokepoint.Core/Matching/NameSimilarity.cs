using Chokepoint.Names;

namespace Chokepoint.Matching;

/// <summary>
/// Similarity of two normalized names, independent of token order: tokens are aligned greedily by their
/// similarity (edit distance, raised when the phonetic skeleton keys agree); an initial matches a token
/// with that first letter; tokens left over count against the score by their length, a patronymic or
/// an initial only a little. Word splits and joins are caught by comparing the joined tokens.
/// </summary>
public static class NameSimilarity
{
    /// <summary>Token similarity below this does not align two tokens.</summary>
    public const double MinTokenSimilarity = 0.65;

    /// <summary>Similarity of two tokens whose phonetic skeleton keys agree, at least.</summary>
    public const double PhoneticFloor = 0.85;

    public const double InitialSimilarity = 0.9;
    public const double PatronymicWeight = 0.2;
    public const double InitialWeight = 0.5;
    private const int MaxTokens = 16;

    /// <summary>Leftover tokens weigh this much more when both names have some.</summary>
    public const double ConflictFactor = 3;

    /// <summary>Aligned tokens that are not equal count as similarity^FuzzyExponent: near misses cost more than their edit distance says.</summary>
    public const double FuzzyExponent = 1;

    public static double Compare(NormalizedName query, NormalizedName candidate)
    {
        var n = Math.Min(query.Tokens.Count, MaxTokens);
        var m = Math.Min(candidate.Tokens.Count, MaxTokens);
        if (n == 0 || m == 0)
            return 0;
        Span<double> sims = stackalloc double[n * m];
        Span<double> weights = stackalloc double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                (sims[i * m + j], weights[i * m + j]) = TokenSimilarity(query.Tokens[i], query.Keys[i], candidate.Tokens[j], candidate.Keys[j]);
            }
        }
        Span<bool> usedQuery = stackalloc bool[n];
        Span<bool> usedCandidate = stackalloc bool[m];
        double matched = 0, total = 0;
        while (true)
        {
            var best = -1;
            for (var k = 0; k < sims.Length; k++)
            {
                if (!usedQuery[k / m] && !usedCandidate[k % m] && sims[k] >= MinTokenSimilarity && (best < 0 || sims[k] > sims[best]))
                    best = k;
            }
            if (best < 0)
                break;
            usedQuery[best / m] = usedCandidate[best % m] = true;
            matched += Math.Pow(sims[best], FuzzyExponent) * weights[best];
            total += weights[best];
        }
        var leftQuery = Leftover(query.Tokens, usedQuery);
        var leftCandidate = Leftover(candidate.Tokens, usedCandidate);
        // A token on each side that the other lacks is a conflict (AL-MOSULI / AL-TIKRITI), not a dropped middle name.
        var conflict = leftQuery > InitialWeight && leftCandidate > InitialWeight ? ConflictFactor : 1;
        total += (leftQuery + leftCandidate) * conflict;
        var aligned = total == 0 ? 0 : matched / total;
        if (n == m)
            return aligned;
        // "AREFULLAH AREF" = "AREFULLAHA REF", "Abdul Rahman" = "Abdulrahman"
        var joined = TextDistance.Similarity(string.Concat(query.Tokens), string.Concat(candidate.Tokens));
        return Math.Max(aligned, joined * 0.95);
    }

    /// <summary>The similarity of two tokens and the weight of the aligned pair (both tokens' lengths).</summary>
    public static (double Similarity, double Weight) TokenSimilarity(string a, string keyA, string b, string keyB)
    {
        if (a == b)
            return (1, a.Length * 2);
        if (a.Length == 1 || b.Length == 1)
        {
            // An initial stands for the whole token: V. = Vladimir, weighed as the full token on both sides.
            var full = a.Length == 1 ? b : a;
            return a[0] == b[0] ? (InitialSimilarity, full.Length * 2) : (0, 0);
        }
        var weight = a.Length + b.Length;
        if (char.IsAsciiDigit(a[0]) || char.IsAsciiDigit(b[0]) || char.IsAsciiDigit(a[^1]) || char.IsAsciiDigit(b[^1]))
            return (0, weight); // 558 is not 588: numbers match exactly or not at all
        var similarity = TextDistance.Similarity(a, b);
        if (keyA.Length >= 2 && keyA == keyB)
            similarity = Math.Max(similarity, PhoneticFloor + (1 - PhoneticFloor) * similarity);
        return (similarity, weight);
    }

    private static double Leftover(IReadOnlyList<string> tokens, ReadOnlySpan<bool> used)
    {
        double weight = 0;
        for (var i = 0; i < used.Length; i++)
        {
            if (used[i])
                continue;
            var token = tokens[i];
            weight += token.Length * (token.Length == 1 ? InitialWeight : NameNormalizer.IsPatronymic(token) ? PatronymicWeight : 1);
        }
        return weight;
    }
}
