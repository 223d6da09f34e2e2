using System.Text;
using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Names;

/// <summary>
/// Hangul syllables to Latin by Revised Romanization (hangul.yaml): each precomposed syllable is split into its
/// initial, medial and final jamo by Unicode's arithmetic, and the jamo values are data.
/// </summary>
internal static class Hangul
{
    private const int First = 0xAC00;
    private const int Last = 0xD7A3;
    private const int Medials = 21;
    private const int Finals = 28;
    private static readonly Lazy<Table> Tables = new(Load);

    public static bool IsSyllable(char c) => c is >= (char)First and <= (char)Last;

    public static bool Contains(string token) => token.AsSpan().IndexOfAnyInRange((char)First, (char)Last) >= 0;

    public static string Transliterate(string token)
    {
        var table = Tables.Value;
        var output = new StringBuilder(token.Length * 4);
        var lastFinal = "";
        foreach (var c in token)
        {
            if (!IsSyllable(c))
            {
                output.Append(c);
                lastFinal = "";
                continue;
            }
            var index = c - First;
            var (initial, medial, final) = (index / (Medials * Finals), index / Finals % Medials, index % Finals);
            var start = table.Initials[initial];
            if (lastFinal == "l" && start == "r")
                start = "l"; // ㄹㄹ reads ll
            output.Append(start);
            var vowel = table.Medials[medial];
            if (!IsEpenthetic(c, table))
                output.Append(vowel);
            output.Append(lastFinal = table.Finals[final]);
        }
        return output.ToString();
    }

    /// <summary>
    /// A Korean person name written as one word (one token of 2 to 4 Hangul syllables) split into its family name,
    /// the first syllable or a two-syllable family name of hangul.yaml, and the syllables of its given name, which
    /// Latin writes apart or hyphenated (김정은 → 김 정 은 = Kim Jong Un, 남궁민수 → 남궁 민 수 = Namgung Min-su).
    /// </summary>
    public static bool SplitFamilyName(List<string> raw)
    {
        if (raw.Count != 1 || raw[0].Length is < 2 or > 4 || !raw[0].All(IsSyllable))
            return false;
        var name = raw[0];
        var table = Tables.Value;
        var family = name.Length >= 3 && table.TwoSyllableFamilyNames.Contains(name[..2]) ? 2
            : table.FamilyNames.Contains(name[..1]) ? 1
            : 0;
        if (family == 0 || name.Any(c => IsEpenthetic(c, table)))
            return false;
        raw[0] = name[..family];
        for (var i = family; i < name.Length; i++)
            raw.Add(name[i].ToString());
        return true;
    }

    // An open syllable of a consonant and ㅡ: Korean writes it only for a consonant of a foreign name (트럼프, 빅토르).
    private static bool IsEpenthetic(char c, Table table)
    {
        var index = c - First;
        return index % Finals == 0 && table.Medials[index / Finals % Medials] == table.Epenthetic && table.Initials[index / (Medials * Finals)].Length > 0;
    }

    /// <summary>The Latin spelling of a Korean family name where usage differs from Revised Romanization (박 → park), else null.</summary>
    public static string? FamilyNameSpelling(string family) => Tables.Value.FamilyNameSpellings.GetValueOrDefault(family);

    private static Table Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Document>(Resources.Read("Names/Resources/hangul.yaml"));
        if (yaml.Initials.Length != 19 || yaml.Medials.Length != Medials || yaml.Finals.Length != Finals)
            throw new InvalidDataException("hangul.yaml: expected 19 initials, 21 medials and 28 finals");
        return new Table(yaml.Initials, yaml.Medials, yaml.Finals, yaml.EpentheticMedial, yaml.TwoSyllableFamilyNames.ToHashSet(StringComparer.Ordinal), yaml.FamilyNames.ToHashSet(StringComparer.Ordinal), yaml.FamilyNameSpellings);
    }

    private sealed record Table(string[] Initials, string[] Medials, string[] Finals, string Epenthetic, HashSet<string> TwoSyllableFamilyNames, HashSet<string> FamilyNames, Dictionary<string, string> FamilyNameSpellings);

    private sealed class Document
    {
        public string[] Initials { get; set; } = [];
        public string[] Medials { get; set; } = [];
        public string[] Finals { get; set; } = [];
        public string EpentheticMedial { get; set; } = "";

        public string[] TwoSyllableFamilyNames { get; set; } = [];

        public string[] FamilyNames { get; set; } = [];

        public Dictionary<string, string> FamilyNameSpellings { get; set; } = [];
    }
}
