namespace Chokepoint.Documents.Text;

/// <summary>A word that mixed Latin and Cyrillic letters ("supportinп"), as found and as rewritten.</summary>
public sealed record MixedScriptWord(int Start, int End, string Original, string Normalized);

/// <summary>
/// Rewrites words that mix Latin and Cyrillic look-alike letters into their majority script, one letter for one,
/// so every character offset of the document stays valid.
/// </summary>
public static class MixedScript
{
    public static string Normalize(string text, List<MixedScriptWord> flagged)
    {
        var confusables = Lexicon.Default.Confusables;
        var reverse = confusables.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.First().Key);
        char[]? buffer = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            int latin = 0, cyrillic = 0;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                if (IsCyrillic(text[i]))
                    cyrillic++;
                else if (text[i] < 'ʰ')
                    latin++;
                i++;
            }
            if (latin == 0 || cyrillic == 0)
                continue;
            buffer ??= text.ToCharArray();
            var toLatin = latin >= cyrillic;
            for (var j = start; j < i; j++)
            {
                if (toLatin && IsCyrillic(text[j]) && confusables.TryGetValue(text[j], out var l))
                    buffer[j] = l;
                else if (!toLatin && !IsCyrillic(text[j]) && reverse.TryGetValue(text[j], out var c))
                    buffer[j] = c;
            }
            flagged.Add(new MixedScriptWord(start, i, text[start..i], new string(buffer, start, i - start)));
        }
        return buffer is null ? text : new string(buffer);
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
