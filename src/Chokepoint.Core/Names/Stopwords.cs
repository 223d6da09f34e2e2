namespace Chokepoint.Names;

/// <summary>Step 5: titles and prefixes (Mr, Dr, President, The, MV) out of a name, as long as another token stays.</summary>
internal static class Stopwords
{
    private static readonly Lazy<Dictionary<NameKind, List<string[]>>> Lists = new(() =>
    {
        var tables = NameTables.Default;
        List<string[]> Fold(IEnumerable<string[]> phrases) =>
            [.. phrases.Select(p => p.Select(t => LatinFolding.Fold(Transliterator.Transliterate(t, Transliterator.DefaultSystem("ru")))).ToArray())
                .Where(p => p.Length > 0).OrderByDescending(p => p.Length)];
        return new Dictionary<NameKind, List<string[]>>
        {
            [NameKind.Person] = Fold(tables.PersonStopwords),
            [NameKind.Organization] = Fold(tables.OrgStopwords),
            [NameKind.Any] = Fold(tables.PersonStopwords.Concat(tables.OrgStopwords)),
            [NameKind.Object] = Fold(tables.ObjectStopwords),
        };
    });

    public static void Remove(List<string> tokens, NameKind kind)
    {
        var phrases = Lists.Value[kind];
        for (var i = 0; i < tokens.Count && tokens.Count > 1;)
        {
            var removed = false;
            foreach (var phrase in phrases)
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
                    break;
                }
            }
            if (!removed)
                i++;
        }
    }
}
