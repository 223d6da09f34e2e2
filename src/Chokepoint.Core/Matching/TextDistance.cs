namespace Chokepoint.Matching;

/// <summary>Edit distance with adjacent transpositions (optimal string alignment), for short tokens.</summary>
public static class TextDistance
{
    /// <summary>
    /// The highest <see cref="Similarity"/> two strings can have, from their lengths and letter sets (a bit per letter,
    /// folded to 32): the edit distance is at least their length difference and at least the number of distinct letters
    /// one has and the other lacks. Cheap enough to skip the distance when it already keeps a pair apart.
    /// </summary>
    public static double SimilarityBound(int lengthX, uint lettersX, int lengthY, uint lettersY)
    {
        var lower = Math.Max(Math.Abs(lengthX - lengthY), Math.Max(System.Numerics.BitOperations.PopCount(lettersX & ~lettersY), System.Numerics.BitOperations.PopCount(lettersY & ~lettersX)));
        return 1 - (double)lower / Math.Max(lengthX, lengthY);
    }

    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0)
            return b.Length;
        if (b.Length == 0)
            return a.Length;
        if (a.Length > 128 || b.Length > 128)
            return Math.Max(a.Length, b.Length); // names are short; never allocate for hostile input
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
            }
            var rotate = previous2;
            previous2 = previous;
            previous = current;
            current = rotate;
        }
        return previous[b.Length];
    }

    /// <summary>1 − distance / longer length: 1 for equal strings, 0 for nothing in common.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - (double)Distance(a, b) / longer;
    }

    // Whether x and y are the same once every run of one letter is read as a single letter.
    public static bool SameUndoubled(string x, string y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] != y[j])
                return false;
            var c = x[i];
            while (i < x.Length && x[i] == c)
                i++;
            while (j < y.Length && y[j] == c)
                j++;
        }
        return i == x.Length && j == y.Length;
    }
}
