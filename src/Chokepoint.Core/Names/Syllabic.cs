namespace Chokepoint.Names;

/// <summary>
/// Scripts whose characters are whole syllables of a name: Han ideographs and Hangul syllables. A name in one of
/// them also gets a form with one token per character (<see cref="NormalizedName.Syllables"/>): 高市早苗 and 高石早苗,
/// 김정은 and 김종은 differ in a whole syllable, which the edit distance of a romanization (or of the unsplit word)
/// weighs as one letter.
/// </summary>
internal static class Syllabic
{
    public static bool Is(char c) =>
        Hangul.IsSyllable(c)
        || c is >= '\u4E00' and <= '\u9FFF' // CJK Unified Ideographs
        || c is >= '\u3400' and <= '\u4DBF' // Extension A
        || c is >= '\uF900' and <= '\uFAFF'; // Compatibility Ideographs

    public static bool Contains(List<string> tokens)
    {
        foreach (var token in tokens)
        {
            foreach (var c in token)
            {
                if (Is(c))
                    return true;
            }
        }
        return false;
    }

    /// <summary>The name with each Han or Hangul character as a token of its own, untransliterated; other tokens folded as usual.</summary>
    public static NormalizedName Split(string original, List<string> raw, string? system, NameKind kind)
    {
        var tokens = new List<string>(raw.Count * 3);
        foreach (var token in raw)
        {
            var start = 0;
            for (var i = 0; i <= token.Length; i++)
            {
                if (i < token.Length && !Is(token[i]))
                    continue;
                if (i > start && TokenCache.Fold(token[start..i], system) is { Length: > 0 } rest)
                    tokens.Add(rest);
                if (i < token.Length)
                    tokens.Add(token[i].ToString());
                start = i + 1;
            }
        }
        var keys = tokens.Select(PhoneticKey.Of).ToArray();
        // Single characters here are syllables, not organisation codes (Cycle A) or initials of a longer token.
        return new NormalizedName(original, [.. tokens], keys, legalForm: null, kind == NameKind.Person ? NameKind.Person : NameKind.Any);
    }
}
