namespace Chokepoint.Names;

/// <summary>
/// Folded one-word country names (mexico, chile, russia, rossiya), from the model's countries.yaml: a country
/// that only one company name has makes it another company (Banco Santander México / Banco Santander S.A.).
/// </summary>
internal static class PlaceWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Build);

    public static bool Contains(string token) => Words.Value.Contains(token);

    // Names and aliases of one word of four letters or more; alpha-3 codes (AND, ARM, BEN) are left out.
    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in NameTables.Default.CountryNames)
        {
            if (alias.Length < 4 || alias.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                continue;
            var tokens = NameNormalizer.FoldAll(NameTokenizer.Split(alias), transliterate: true);
            if (tokens.Count == 1 && tokens[0].Length >= 4)
                words.Add(tokens[0]);
        }
        return words;
    }
}
