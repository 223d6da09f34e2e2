namespace Chokepoint.Names;

/// <summary>
/// Tokens that stand for the same word (symbols.yaml: Corp = Corporation = Компания, Bob = Robert): each
/// folded token maps to the ids of the symbols it is an alias of; two tokens sharing an id compare as equal.
/// </summary>
internal static class Symbols
{
    private static readonly Lazy<Dictionary<string, int[]>> Org = new(() => Build(NameTables.Default.OrgSymbols));
    private static readonly Lazy<Dictionary<string, int[]>> Person = new(() => Build(NameTables.Default.PersonSymbols, offset: 1 << 20));

    /// <summary>The symbol ids of a folded token for a kind of name; null when it has none.</summary>
    public static int[]? Of(string token, NameKind kind) => kind switch
    {
        NameKind.Person => Person.Value.GetValueOrDefault(token),
        NameKind.Organization or NameKind.Object => Org.Value.GetValueOrDefault(token),
        _ => Org.Value.GetValueOrDefault(token) ?? Person.Value.GetValueOrDefault(token),
    };

    public static bool Share(int[]? a, int[]? b)
    {
        if (a is null || b is null)
            return false;
        foreach (var x in a)
        {
            if (Array.IndexOf(b, x) >= 0)
                return true;
        }
        return false;
    }

    // Aliases go through the token pipeline (transliteration by their own language, Latin folding); multi-word aliases are skipped.
    private static Dictionary<string, int[]> Build(Dictionary<string, List<string>> symbols, int offset = 0)
    {
        var ids = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var id = offset;
        foreach (var aliases in symbols.Values)
        {
            foreach (var alias in aliases)
            {
                var tokens = NameTokenizer.Split(alias);
                if (tokens.Count != 1)
                    continue;
                var system = Transliterator.DefaultSystem(Transliterator.CyrillicLanguage(tokens));
                var folded = LatinFolding.Fold(Transliterator.Transliterate(tokens[0], system));
                if (folded.Length < 2)
                    continue;
                if (!ids.TryGetValue(folded, out var list))
                    ids[folded] = list = [];
                if (!list.Contains(id))
                    list.Add(id);
            }
            id++;
        }
        return ids.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
