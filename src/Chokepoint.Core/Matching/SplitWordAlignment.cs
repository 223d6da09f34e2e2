using Chokepoint.Names;

namespace Chokepoint.Matching;

/// <summary>
/// The step of <see cref="NameSimilarity"/> after token alignment: two adjacent tokens left over on one side that,
/// joined, spell a token left over on the other, are one word split by a stray space (Patr ushev = Patrushev).
/// </summary>
internal static class SplitWordAlignment
{
    /// <summary>The joined pair must be this similar to the other token: a split word, perhaps with a typo, not two names.</summary>
    public const double MinSimilarity = 0.85;

    public static void Align(NormalizedName a, NormalizedName b, Span<bool> usedA, Span<bool> usedB, ref double matched, ref double total)
    {
        for (var i = 0; i + 1 < usedA.Length; i++)
        {
            if (usedA[i] || usedA[i + 1] || IsCode(a, i) || IsCode(a, i + 1))
                continue;
            var (first, second) = (a.TokenArray[i], a.TokenArray[i + 1]);
            for (var j = 0; j < usedB.Length; j++)
            {
                var word = b.TokenArray[j];
                if (usedB[j] || IsCode(b, j) || TextDistance.SimilarityBound(first.Length + second.Length, a.Letters[i] | a.Letters[i + 1], word.Length, b.Letters[j]) < MinSimilarity)
                    continue;
                var similarity = TextDistance.Similarity(string.Concat(first, second), word);
                if (similarity < MinSimilarity)
                    continue;
                usedA[i] = usedA[i + 1] = usedB[j] = true;
                var weight = first.Length + second.Length + word.Length;
                matched += similarity * weight;
                total += weight;
                break;
            }
        }
    }

    private static bool IsCode(NormalizedName name, int i) => (name.Flags[i] & TokenFlags.Code) != 0;
}
