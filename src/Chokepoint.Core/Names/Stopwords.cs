namespace Chokepoint.Names;

/// <summary>Step 5: titles and prefixes (Mr, Dr, President, The, MV) out of a name, as long as another token stays.</summary>
internal static class Stopwords
{
    // Phrases by kind, then by first token, longest first.
    private static readonly Lazy<Dictionary<NameKind, Dictionary<string, string[][]>>> Lists = new(() =>
    {
        var tables = NameTables.Default;
        Dictionary<string, string[][]> Fold(IEnumerable<string[]> phrases) =>
            phrases.Select(p => p.Select(t => LatinFolding.Fold(Transliterator.Transliterate(t, Transliterator.DefaultSystem("ru")))).ToArray())
                .Where(p => p.Length > 0).GroupBy(p => p[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
        return new Dictionary<NameKind, Dictionary<string, string[][]>>
        {
            [NameKind.Person] = Fold(tables.PersonStopwords),
            [NameKind.Organization] = Fold(tables.OrgStopwords),
            [NameKind.Any] = Fold(tables.PersonStopwords.Concat(tables.OrgStopwords)),
            [NameKind.Object] = Fold(tables.ObjectStopwords),
        };
    });

    // The organisation prefixes (The, Le, La) are articles: removing one does not make a name titled.
    private static readonly Lazy<HashSet<string>> Articles = new(() =>
        Lists.Value[NameKind.Organization].Values.SelectMany(p => p).Select(p => string.Join(' ', p)).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> Connectors = new(() => new HashSet<string>(NameTables.Default.OrgConnectors, StringComparer.Ordinal));

    /// <summary>Drops "and" (und, et) from organisation tokens wherever it stands, at the same places in <paramref name="folded"/> (same length) when it is another list.</summary>
    public static void RemoveConnectors(List<string> tokens, List<string> folded)
    {
        var connectors = Connectors.Value;
        for (var i = tokens.Count - 1; i >= 0 && tokens.Count > 1; i--)
        {
            if (!connectors.Contains(folded[i]))
                continue;
            tokens.RemoveAt(i);
            if (!ReferenceEquals(tokens, folded))
                folded.RemoveAt(i);
        }
    }

    /// <summary>Removes the kind's stop words and titles; returns whether a title was removed (an article such as "the" is none).</summary>
    public static bool Remove(List<string> tokens, NameKind kind)
    {
        var any = false;
        var phrases = Lists.Value[kind];
        for (var i = 0; i < tokens.Count && tokens.Count > 1;)
        {
            var removed = false;
            foreach (var phrase in phrases.GetValueOrDefault(tokens[i]) ?? [])
            {
                if (phrase.Length >= tokens.Count || i + phrase.Length > tokens.Count)
                    continue;
                var equal = true;
                for (var k = 0; k < phrase.Length && equal; k++)
                    equal = tokens[i + k] == phrase[k];
                if (equal)
                {
                    tokens.RemoveRange(i, phrase.Length);
                    removed = true;
                    any |= !Articles.Value.Contains(string.Join(' ', phrase));
                    break;
                }
            }
            if (!removed)
                i++;
        }
        return any;
    }
}
