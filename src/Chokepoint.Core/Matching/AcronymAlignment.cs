using Chokepoint.Names;

namespace Chokepoint.Matching;

/// <summary>
/// The step of <see cref="NameSimilarity"/> after token alignment: a token left over on one side that spells the
/// initials of consecutive tokens left over on the other aligns with all of them (PLA = People's Liberation Army).
/// </summary>
internal static class AcronymAlignment
{
    /// <summary>Words an acronym may skip: People's Bank of China = PBC or PBOC.</summary>
    internal static readonly HashSet<string> Skips = new(["of", "the", "for", "de", "del", "des", "du", "di", "la", "le"], StringComparer.Ordinal);

    public const double AcronymSimilarity = 0.9;

    // An unaligned token of a (2 to 8 letters) that spells the initials of a run of unaligned, consecutive
    // tokens of b (PLA = People's Liberation Army, US = United States) aligns with the whole run. In person
    // names only 2 or 3 letters without a vowel are initials (JC Juncker = Jean-Claude Juncker; Xi, Ko are names).
    public static void Align(NormalizedName a, NormalizedName b, Span<bool> usedA, Span<bool> usedB, bool initialsOnly, ref double matched, ref double total)
    {
        for (var i = 0; i < usedA.Length; i++)
        {
            var acronym = a.TokenArray[i];
            if (usedA[i] || acronym.Length is < 2 or > 8 || (a.Flags[i] & TokenFlags.Code) != 0)
                continue;
            if (initialsOnly && (acronym.Length > 3 || acronym.AsSpan().IndexOfAny("aeiouy") >= 0))
                continue;
            for (var start = 0; start < usedB.Length; start++)
            {
                if (usedB[start] || b.TokenArray[start][0] != acronym[0])
                    continue;
                int k = 0, end = start, length = 0;
                while (k < acronym.Length && end < usedB.Length && !usedB[end])
                {
                    var token = b.TokenArray[end];
                    if (token[0] == acronym[k])
                        k++;
                    else if (!Skips.Contains(token))
                        break;
                    length += token.Length;
                    end++;
                }
                if (k < acronym.Length || end - start < 2)
                    continue;
                usedA[i] = true;
                for (var j = start; j < end; j++)
                    usedB[j] = true;
                matched += AcronymSimilarity * (acronym.Length + length);
                total += acronym.Length + length;
                break;
            }
        }
    }
}
