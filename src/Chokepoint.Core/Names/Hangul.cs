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

    public static bool Contains(string token)
    {
        foreach (var c in token)
        {
            if (IsSyllable(c))
                return true;
        }
        return false;
    }

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
            if (!(vowel == table.Epenthetic && final == 0 && start.Length > 0))
                output.Append(vowel);
            output.Append(lastFinal = table.Finals[final]);
        }
        return output.ToString();
    }

    private static Table Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Document>(Resources.Read("Names/Resources/hangul.yaml"));
        if (yaml.Initials.Length != 19 || yaml.Medials.Length != Medials || yaml.Finals.Length != Finals)
            throw new InvalidDataException("hangul.yaml: expected 19 initials, 21 medials and 28 finals");
        return new Table(yaml.Initials, yaml.Medials, yaml.Finals, yaml.EpentheticMedial);
    }

    private sealed record Table(string[] Initials, string[] Medials, string[] Finals, string Epenthetic);

    private sealed class Document
    {
        public string[] Initials { get; set; } = [];
        public string[] Medials { get; set; } = [];
        public string[] Finals { get; set; } = [];
        public string EpentheticMedial { get; set; } = "";
    }
}
