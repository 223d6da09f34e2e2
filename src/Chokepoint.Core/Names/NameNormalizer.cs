namespace Chokepoint.Names;

/// <summary>
/// The name pipeline (docs/matching.md): NFKC + case folding and tokenizing → transliteration (optional) and
/// Latin folding → legal forms out (organisations) → stop words and titles out → phonetic keys and symbols.
/// </summary>
public static class NameNormalizer
{
    public static NormalizedName Normalize(string name, NameKind kind = NameKind.Any, bool transliterate = true)
    {
        var raw = NameTokenizer.Split(name);
        var korean = kind == NameKind.Person && Hangul.SplitFamilyName(raw);
        Dictionary<string, TokenReading>? scriptReadings = null;
        var words = transliterate ? NameReadings.OfScripts(name, raw, ref scriptReadings) : raw;
        var folded = FoldAll(words, transliterate: true);
        var tokens = transliterate ? folded : FoldAll(raw, transliterate: false);
        if (korean && transliterate && Hangul.FamilyNameSpelling(raw[0]) is { } spelling)
            tokens[0] = spelling;
        string? legalForm = null;
        if (kind is NameKind.Organization or NameKind.Any)
        {
            Stopwords.RemoveConnectors(tokens, folded);
            legalForm = LegalForms.Extract(tokens, folded);
        }
        // A lone titled token may be a person's surname also when the kind is unknown (screening without a schema).
        var titled = Stopwords.Remove(tokens, kind) && kind is NameKind.Person or NameKind.Any;
        var family = korean ? 0 : kind == NameKind.Person ? FamilyIndex(name, tokens, transliterate) : -1;
        if (kind == NameKind.Person)
            ReadWadeGiles(tokens);
        if (kind is NameKind.Organization or NameKind.Object)
        {
            NumberWords.Read(tokens);
            JoinLetters(tokens);
        }
        var readings = NameReadings.Of(tokens, scriptReadings);
        var keys = new string[tokens.Count];
        int[]?[]? symbols = null;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = PhoneticKey.Of(readings?[i]?.Primary ?? tokens[i]);
            if (Symbols.Of(tokens[i], kind) is { } ids)
                (symbols ??= new int[]?[keys.Length])[i] = ids;
        }
        var syllables = Syllabic.Contains(raw) ? Syllabic.Split(name, raw, SystemOf(raw, transliterate), kind) : null;
        return new NormalizedName(name, [.. tokens], keys, legalForm, kind, symbols, family, titled) { Syllables = syllables, Readings = readings };
    }

    // Wade-Giles syllables read as pinyin when the name has a syllable only Wade-Giles writes: Hsi Chin-ping = Xi Jinping (wade_giles.yaml).
    private static void ReadWadeGiles(List<string> tokens)
    {
        var tables = NameTables.Default;
        if (!tokens.Exists(tables.WadeGilesMarkers.Contains))
            return;
        var wadeGiles = tables.WadeGiles;
        for (var i = 0; i < tokens.Count; i++)
            tokens[i] = wadeGiles.GetValueOrDefault(tokens[i]) ?? tokens[i];
    }

    // The family name of a person name of two tokens or more: the last token before a comma ("PUTIN, Vladimir"),
    // else the first token when the name ends with a patronymic (Putin Vladimir Vladimirovich), else the last.
    private static int FamilyIndex(string name, List<string> tokens, bool transliterate)
    {
        if (tokens.Count < 2)
            return -1;
        var comma = name.IndexOf(',');
        if (comma > 0 && FoldAll(NameTokenizer.Split(name[..comma]), transliterate) is { Count: > 0 } before && tokens.LastIndexOf(before[^1]) is var at and >= 0)
            return at;
        return tokens.Count >= 3 && IsPatronymic(tokens[^1]) ? 0 : tokens.Count - 1;
    }

    /// <summary>Raw tokens transliterated (by the name's Cyrillic language) and Latin-folded; tokens that fold to nothing are dropped.</summary>
    public static List<string> FoldAll(List<string> raw, bool transliterate)
    {
        var system = SystemOf(raw, transliterate);
        var tokens = new List<string>(raw.Count);
        foreach (var token in raw)
        {
            var folded = TokenCache.Fold(token, system);
            if (folded.Length > 0)
                tokens.Add(folded);
        }
        return tokens;
    }

    internal static string? SystemOf(List<string> raw, bool transliterate) =>
        transliterate ? Transliterator.DefaultSystem(Transliterator.CyrillicLanguage(raw)) : null;

    // Organisation acronyms written with dots or spaces are one token: A.B.C. Company = ABC Company.
    private static void JoinLetters(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Length != 1 || tokens[i + 1].Length != 1 || !char.IsAsciiLetter(tokens[i][0]) || !char.IsAsciiLetter(tokens[i + 1][0]))
                continue;
            var end = i + 1;
            while (end + 1 < tokens.Count && tokens[end + 1].Length == 1 && char.IsAsciiLetter(tokens[end + 1][0]))
                end++;
            tokens[i] = string.Concat(tokens.GetRange(i, end - i + 1));
            tokens.RemoveRange(i + 1, end - i);
        }
    }

    /// <summary>The kind of names a schema has: Person → person rules, Organization/Company/PublicBody → organisation rules.</summary>
    public static NameKind KindOf(Model.Schema schema) =>
        schema.IsA("Person") ? NameKind.Person
        : schema.IsA("Organization") ? NameKind.Organization
        : schema.IsA("LegalEntity") ? NameKind.Any
        : NameKind.Object;

    /// <summary>Whether a folded token is an East Slavic (or Turkic) patronymic (vladimirovich, volodymyrovych, ogly).</summary>
    public static bool IsPatronymic(string token)
    {
        if (token.Length < 6)
            return false;
        foreach (var suffix in NameTables.Default.PatronymicSuffixes)
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
