namespace Chokepoint.Names;

/// <summary>
/// The name pipeline (docs/matching.md): NFKC + case folding and tokenizing → legal forms out (organisations)
/// → transliteration (optional) → Latin folding → stop words and titles out → phonetic keys.
/// </summary>
public static class NameNormalizer
{
    public static NormalizedName Normalize(string name, NameKind kind = NameKind.Any, bool transliterate = true)
    {
        var raw = NameTokenizer.Split(name);
        string? legalForm = null;
        if (kind is NameKind.Organization or NameKind.Any)
            legalForm = LegalForms.Extract(raw);
        var system = transliterate ? Transliterator.DefaultSystem(Transliterator.CyrillicLanguage(raw)) : null;
        var tokens = new List<string>(raw.Count);
        foreach (var token in raw)
        {
            var latin = system is null ? token : Transliterator.Transliterate(token, system);
            var folded = LatinFolding.Fold(latin);
            if (folded.Length > 0)
                tokens.Add(folded);
        }
        Stopwords.Remove(tokens, kind);
        var keys = new string[tokens.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = PhoneticKey.Of(tokens[i]);
        return new NormalizedName(name, [.. tokens], keys, legalForm);
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
