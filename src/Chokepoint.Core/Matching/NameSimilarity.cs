using Chokepoint.Names;

namespace Chokepoint.Matching;

/// <summary>
/// Similarity of two normalized names, independent of token order: tokens are aligned greedily by their
/// similarity (edit distance, raised when the phonetic skeleton keys agree, 1 when they share a symbol); an
/// initial matches a token with that first letter; tokens left over count against the score by their length,
/// a patronymic or an initial only a little. Codes (numbers, roman numerals, single letters of organisation
/// names) that differ make two names different things: Cycle A ≠ Cycle B, Plant No. 1 ≠ Plant No. 2.
/// </summary>
public static class NameSimilarity
{
    /// <summary>Token similarity below this does not align two tokens.</summary>
    public const double MinTokenSimilarity = 0.65;

    /// <summary>Similarity of two tokens whose phonetic skeleton keys agree, at least.</summary>
    public const double PhoneticFloor = 0.75;

    public const double InitialSimilarity = 0.9;
    public const double PatronymicWeight = 0.2;
    public const double InitialWeight = 0.5;
    private const int MaxTokens = 16;

    /// <summary>Leftover tokens weigh this much more when both names have some.</summary>
    public const double ConflictFactor = 3;

    /// <summary>A person name whose tokens all align (two at least) with part of the other: the other's extra names (middle names, patronymics) weigh this much.</summary>
    public const double ContainedWeight = 0.5;

    /// <summary>
    /// Both names have a code the other lacks (A / B, 558 / 588, No. 1 / No. 2, Fund IV / Fund V): different
    /// plants, funds or ships, so the score is multiplied by this and falls below the default threshold (0.7)
    /// even when everything else is equal. nomenklatura labels sibling-fund and trust-series swaps as matches;
    /// Chokepoint does not (docs/matching.md).
    /// </summary>
    public const double CodeConflictFactor = 0.6;

    /// <summary>One name has a number or roman numeral the other lacks (Management Company 23 / Management Company).</summary>
    public const double CodeMissingFactor = 0.65;

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
                (sims[i * m + j], weights[i * m + j]) = TokenSimilarity(query, i, candidate, j);
        }
        Span<bool> usedQuery = stackalloc bool[n];
        Span<bool> usedCandidate = stackalloc bool[m];
        double matched = 0, total = 0;
        var alignedCount = 0;
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
            matched += sims[best] * weights[best];
            total += weights[best];
            alignedCount++;
        }
        var (leftQuery, codeQuery, numberQuery) = Leftover(query, usedQuery);
        var (leftCandidate, codeCandidate, numberCandidate) = Leftover(candidate, usedCandidate);
        // A token on each side that the other lacks is a conflict (AL-MOSULI / AL-TIKRITI, Hans O. / Hans Joachim), not a dropped middle name.
        double factor = leftQuery > 0 && leftCandidate > 0 ? ConflictFactor
            : query.Kind == NameKind.Person && candidate.Kind == NameKind.Person && alignedCount >= 2 ? ContainedWeight
            : 1;
        total += (leftQuery + leftCandidate) * factor;
        var score = total == 0 ? 0 : matched / total;
        if (n != m)
        {
            // "AREFULLAH AREF" = "AREFULLAHA REF", "Abdul Rahman" = "Abdulrahman"
            var joined = TextDistance.Similarity(string.Concat(query.Tokens), string.Concat(candidate.Tokens));
            score = Math.Max(score, joined * 0.95);
        }
        if (codeQuery && codeCandidate)
            score *= CodeConflictFactor;
        else if (numberQuery || numberCandidate)
            score *= CodeMissingFactor;
        return score;
    }

    /// <summary>The similarity of token i of a and token j of b, and the weight of the aligned pair (both tokens' lengths).</summary>
    public static (double Similarity, double Weight) TokenSimilarity(NormalizedName a, int i, NormalizedName b, int j)
    {
        var x = a.Tokens[i];
        var y = b.Tokens[j];
        if (x == y)
            return (1, x.Length * 2);
        if (x.Length == 1 || y.Length == 1)
        {
            // An initial stands for the whole token: V. = Vladimir, weighed as the full token on both sides.
            // In organisation and object names single letters are codes (Cycle A), equal or not at all.
            if (IsCode(a, x) || IsCode(b, y))
                return (0, 0);
            var full = x.Length == 1 ? y : x;
            return x[0] == y[0] ? (InitialSimilarity, full.Length * 2) : (0, 0);
        }
        var weight = x.Length + y.Length;
        if (a.Symbols?[i] is { } symbolsA && Symbols.Share(symbolsA, b.Symbols?[j]))
            return (1, weight); // Corp = Corporation, Bob = Robert
        if (HasDigit(x) || HasDigit(y))
            return (0, weight); // 558 is not 588: numbers match exactly or not at all
        var similarity = TextDistance.Similarity(x, y);
        var keyA = a.Keys[i];
        if (keyA.Length >= 2 && keyA == b.Keys[j])
            similarity = Math.Max(similarity, PhoneticFloor + (1 - PhoneticFloor) * similarity);
        return (similarity, weight);
    }

    /// <summary>Whether a token of this name is a code: it has a digit, or (organisation and object names) it is one letter or a roman numeral.</summary>
    public static bool IsCode(NormalizedName name, string token) =>
        HasDigit(token) || (name.Kind is NameKind.Organization or NameKind.Object && (token.Length == 1 || RomanNumeral.Is(token)));

    private static bool HasDigit(string token)
    {
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
                return true;
        }
        return false;
    }

    // Weight of the tokens left unaligned; whether one of them is a code, and whether one is a number or roman numeral.
    private static (double Weight, bool Code, bool Number) Leftover(NormalizedName name, ReadOnlySpan<bool> used)
    {
        double weight = 0;
        bool code = false, number = false;
        for (var i = 0; i < used.Length; i++)
        {
            if (used[i])
                continue;
            var token = name.Tokens[i];
            if (IsCode(name, token))
            {
                // Codes count through the code factors, not by their length.
                code = true;
                number |= token.Length > 1 || char.IsAsciiDigit(token[0]);
                continue;
            }
            weight += token.Length * (token.Length == 1 ? InitialWeight : NameNormalizer.IsPatronymic(token) ? PatronymicWeight : 1);
        }
        return (weight, code, number);
    }
}
