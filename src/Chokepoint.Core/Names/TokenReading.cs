namespace Chokepoint.Names;

/// <summary>
/// The letters a token may stand for when it is compared with a word of Latin letters: a sequence of segments,
/// each with the spellings it may be read as (the first is the primary reading). Sech1n is s·e·c·h·[i|l]·n,
/// 弗拉基米尔 is [f|v]·[la|ra]·[ki|ji|di]·[mi]·[r|er|l], ウラジーミル read as a foreign name is [ur|vl|wl]·a·[ji|di|zi]·m·i·[r|l].
/// Built from a table of written → read-as entries (digits.yaml, han_transcription.yaml, kana.yaml, abugida.yaml) by longest match.
/// </summary>
internal sealed class TokenReading
{
    private const int MaxLength = 64;

    private TokenReading(string[][] segments)
    {
        Segments = segments;
        Primary = string.Concat(segments.Select(s => s[0]));
    }

    public string[][] Segments { get; }

    /// <summary>Every segment read by its first spelling.</summary>
    public string Primary { get; }

    /// <summary>
    /// The token split by the longest keys of <paramref name="table"/> (a key beginning with ^ matches only at the
    /// start, one ending with $ only at the end); text no key matches stays as it is, one character a segment. Null
    /// when no key matched.
    /// </summary>
    public static TokenReading? Build(string token, IReadOnlyDictionary<string, string[]> table, int longestKey)
    {
        var segments = new List<string[]>(token.Length);
        var matched = false;
        for (var i = 0; i < token.Length;)
        {
            var length = Math.Min(longestKey, token.Length - i);
            string[]? read = null;
            for (; length > 0; length--)
            {
                var key = token.Substring(i, length);
                if ((i == 0 && table.TryGetValue("^" + key, out read)) || (i + length == token.Length && table.TryGetValue(key + "$", out read)) || table.TryGetValue(key, out read))
                    break;
            }
            if (read is null)
            {
                segments.Add([token[i].ToString()]);
                i++;
                continue;
            }
            segments.Add(read);
            matched = true;
            i += length;
        }
        return matched ? new TokenReading([.. segments]) : null;
    }

    /// <summary>
    /// The spellings of the reading, segment choices in table order, at most <paramref name="max"/>: the index posts and
    /// looks them up as tokens, so 弗拉基米尔 finds Vladimir and Sech1n finds Sechin among the listed names.
    /// </summary>
    public List<string> Spellings(int max)
    {
        var spellings = new List<string> { "" };
        foreach (var segment in Segments)
        {
            var next = new List<string>(Math.Min(max, spellings.Count * segment.Length));
            foreach (var prefix in spellings)
            {
                foreach (var spelling in segment)
                {
                    if (next.Count < max)
                        next.Add(prefix + spelling);
                }
            }
            spellings = next;
        }
        return spellings;
    }

    /// <summary>
    /// The reading closest to <paramref name="word"/> by edit distance: each segment takes the spelling that brings
    /// the whole nearest (Levenshtein distance from a sequence of alternatives, one row per letter).
    /// </summary>
    public string Closest(string word)
    {
        if (word.Length > MaxLength)
            return Primary;
        var columns = word.Length + 1;
        // best[j]: the distance of the segments so far to word[..j], and the reading that reached it.
        var best = new int[columns];
        var reading = new string[columns];
        for (var j = 0; j < columns; j++)
        {
            best[j] = j;
            reading[j] = "";
        }
        var row = new int[columns];
        var previous = new int[columns];
        var from = new int[columns];
        var previousFrom = new int[columns];
        foreach (var segment in Segments)
        {
            var next = new int[columns];
            var nextReading = new string[columns];
            Array.Fill(next, int.MaxValue);
            foreach (var spelling in segment)
            {
                // Rows over the spelling's letters, starting from the segments before; from[j] keeps where the row began.
                best.CopyTo(previous, 0);
                for (var j = 0; j < columns; j++)
                    previousFrom[j] = j;
                foreach (var letter in spelling)
                {
                    row[0] = previous[0] + 1;
                    from[0] = previousFrom[0];
                    for (var j = 1; j < columns; j++)
                    {
                        var (value, origin) = (previous[j] + 1, previousFrom[j]);
                        if (row[j - 1] + 1 < value)
                            (value, origin) = (row[j - 1] + 1, from[j - 1]);
                        if (previous[j - 1] + (letter == word[j - 1] ? 0 : 1) < value)
                            (value, origin) = (previous[j - 1] + (letter == word[j - 1] ? 0 : 1), previousFrom[j - 1]);
                        row[j] = value;
                        from[j] = origin;
                    }
                    row.CopyTo(previous, 0);
                    from.CopyTo(previousFrom, 0);
                }
                for (var j = 0; j < columns; j++)
                {
                    if (previous[j] < next[j])
                    {
                        next[j] = previous[j];
                        nextReading[j] = reading[previousFrom[j]] + spelling;
                    }
                }
            }
            best = next;
            reading = nextReading;
        }
        return reading[word.Length];
    }
}
