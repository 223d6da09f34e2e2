using System.Text;
using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Names;

/// <summary>
/// Kana to Latin: the letter values of scripts.yaml with the Hepburn rules that need a neighbour (small kana,
/// sokuon, ン before labials) and the epenthetic final vowel of katakana words left out (kana.yaml).
/// </summary>
internal static class Kana
{
    private static readonly Lazy<Rules> Tables = new(Load);

    public static bool Contains(string token) => token.AsSpan().IndexOfAnyInRange('\u3041', '\u30FF') >= 0;

    public static string Transliterate(string token)
    {
        var rules = Tables.Value;
        var letters = NameTables.Default.OtherScripts;
        var output = new StringBuilder(token.Length * 3);
        var previous = ""; // the value of the kana before, as written
        var doubleNext = false;
        for (var n = 0; n < token.Length; n++)
        {
            var c = token[n];
            if (!letters.TryGetValue(c, out var value))
            {
                output.Append(c);
                previous = "";
                continue;
            }
            if (n == token.Length - 1 && n > 0 && rules.FinalConsonants.TryGetValue(c, out var final))
                value = final;
            if (rules.Sokuon.Contains(c))
            {
                doubleNext = true;
                continue;
            }
            if (rules.Glides.Contains(c) && previous.Length > 1 && output[^1] == 'i')
            {
                output.Length--;
                var dropY = rules.GlideDropYAfter.Any(p => EndsWith(output, p));
                output.Append(dropY ? value[1..] : value);
            }
            else if (rules.SmallVowels.Contains(c) && previous.Length > 0 && IsVowel(output[^1]))
            {
                output.Length--;
                if (previous.Length == 1 && rules.BareVowelGlides.TryGetValue(previous, out var glide))
                    output.Append(glide);
                output.Append(value);
            }
            else
            {
                if (doubleNext && value.Length > 0 && !IsVowel(value[0]))
                    output.Append(value[0]);
                if (rules.MoraicN.Contains(c) && n + 1 < token.Length && letters.TryGetValue(token[n + 1], out var next) && next.Length > 0 && next[0] is 'b' or 'm' or 'p')
                    value = rules.MoraicNBeforeLabial;
                output.Append(value);
            }
            doubleNext = false;
            previous = value;
        }
        return output.ToString();
    }

    /// <summary>Whether a token has katakana, the script of foreign names in Japanese.</summary>
    public static bool ContainsKatakana(string token) => token.AsSpan().IndexOfAnyInRange('\u30A1', '\u30FA') >= 0;

    /// <summary>The readings of a katakana word's Hepburn spelling as a foreign name (kana.yaml foreign_readings).</summary>
    public static TokenReading? ForeignReading(string hepburn) => TokenReading.Build(hepburn, Tables.Value.ForeignReadings, longestKey: 3);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsWith(StringBuilder text, string suffix) =>
        text.Length >= suffix.Length && text.ToString(text.Length - suffix.Length, suffix.Length) == suffix;

    private static Rules Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Document>(Resources.Read("Names/Resources/kana.yaml"));
        static HashSet<char> Chars(List<string> letters) =>
            [.. letters.Select(l => l.Length == 1 ? l[0] : throw new InvalidDataException($"kana.yaml: '{l}' is not one kana"))];
        return new Rules(Chars(yaml.Glides), yaml.GlideDropYAfter, Chars(yaml.SmallVowels), yaml.BareVowelGlides, Chars(yaml.Sokuon),
            Chars(yaml.MoraicN), yaml.MoraicNBeforeLabial, yaml.FinalConsonants.ToDictionary(kv => kv.Key[0], kv => kv.Value), yaml.ForeignReadings);
    }

    private sealed record Rules(HashSet<char> Glides, List<string> GlideDropYAfter, HashSet<char> SmallVowels, Dictionary<string, string> BareVowelGlides,
        HashSet<char> Sokuon, HashSet<char> MoraicN, string MoraicNBeforeLabial, Dictionary<char, string> FinalConsonants,
        Dictionary<string, string[]> ForeignReadings);

    private sealed class Document
    {
        public List<string> Glides { get; set; } = [];
        public List<string> GlideDropYAfter { get; set; } = [];
        public List<string> SmallVowels { get; set; } = [];
        public Dictionary<string, string> BareVowelGlides { get; set; } = [];
        public List<string> Sokuon { get; set; } = [];
        public List<string> MoraicN { get; set; } = [];
        public string MoraicNBeforeLabial { get; set; } = "";
        public Dictionary<string, string> FinalConsonants { get; set; } = [];
        public Dictionary<string, string[]> ForeignReadings { get; set; } = [];
    }
}
