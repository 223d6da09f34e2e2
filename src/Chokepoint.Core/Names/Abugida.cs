using System.Text;
using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Names;

/// <summary>
/// Khmer and Burmese to Latin (abugida.yaml): consonants with an inherent vowel that a vowel sign replaces or a
/// killer (coeng, asat, virama) removes, dropped after the last consonant of a word; Burmese finals read as rhymes.
/// </summary>
internal static class Abugida
{
    private static readonly Lazy<Dictionary<char, Letter>> Letters = new(Load);

    private static readonly Lazy<Dictionary<string, string[]>> BurmeseForeignReadings = new(() => Read()["burmese"].ForeignReadings);

    public static bool ContainsBurmese(string token) => token.AsSpan().IndexOfAnyInRange('\u1000', '\u109F') >= 0;

    /// <summary>The readings of a Burmese word's transcription as a foreign name (abugida.yaml foreign_readings).</summary>
    public static TokenReading? BurmeseForeignReading(string transcribed) =>
        TokenReading.Build(transcribed, BurmeseForeignReadings.Value, BurmeseForeignReadings.Value.Keys.Max(k => k.Length));

    public static bool Contains(string token) =>
        token.AsSpan().IndexOfAnyInRange('\u1000', '\u109F') >= 0 || token.AsSpan().IndexOfAnyInRange('\u1780', '\u17FF') >= 0;

    public static string Transliterate(string token)
    {
        var letters = Letters.Value;
        var output = new StringBuilder(token.Length * 2);
        Script? inherent = null; // the script of a consonant still waiting for its vowel
        for (var n = 0; n < token.Length; n++)
        {
            if (!letters.TryGetValue(token[n], out var letter))
            {
                Close(output, ref inherent);
                output.Append(token[n]);
                continue;
            }
            switch (letter.Kind)
            {
                case Kind.Consonant:
                    // A final after the inherent vowel: the rhyme replaces vowel and consonant (Burmese တင် → tin).
                    if (inherent is { } open && n + 1 < token.Length && token[n + 1] == open.FinalMark && open.Finals.TryGetValue(token[n], out var rhyme))
                    {
                        output.Append(rhyme);
                        inherent = null;
                        n++;
                        break;
                    }
                    Close(output, ref inherent);
                    output.Append(letter.Value);
                    inherent = letter.Script;
                    break;
                case Kind.Sign:
                    if (n + 1 < token.Length && letter.Script.SignPairs.TryGetValue((token[n], token[n + 1]), out var pair))
                    {
                        output.Append(pair);
                        n++;
                    }
                    else
                    {
                        output.Append(letter.Value);
                    }

                    inherent = null;
                    break;
                case Kind.Medial:
                    output.Append(letter.Value);
                    break;
                case Kind.Killer:
                    inherent = null;
                    break;
                case Kind.Vowel:
                    Close(output, ref inherent);
                    output.Append(letter.Value);
                    break;
            }
        }
        return output.ToString(); // a consonant still open at the end keeps no vowel
    }

    private static void Close(StringBuilder output, ref Script? inherent)
    {
        if (inherent is not null)
            output.Append(inherent.Inherent);
        inherent = null;
    }

    private static Dictionary<char, Letter> Load()
    {
        var yaml = Read();
        var letters = new Dictionary<char, Letter>();
        foreach (var (name, document) in yaml)
        {
            var script = new Script(document.Inherent, document.FinalMark is { Length: 1 } mark ? mark[0] : '\0',
                document.Finals.ToDictionary(kv => One(name, kv.Key), kv => kv.Value),
                document.SignPairs.ToDictionary(kv => kv.Key.Length == 2 ? (kv.Key[0], kv.Key[1]) : throw new InvalidDataException($"abugida.yaml: {name}: '{kv.Key}' is not two signs"), kv => kv.Value));
            void Add(IEnumerable<KeyValuePair<string, string>> table, Kind kind)
            {
                foreach (var (key, value) in table)
                {
                    if (!letters.TryAdd(One(name, key), new Letter(kind, value ?? "", script)))
                        throw new InvalidDataException($"abugida.yaml: {name}: '{key}' is listed twice");
                }
            }
            Add(document.Consonants, Kind.Consonant);
            Add(document.Vowels, Kind.Vowel);
            Add(document.Signs, Kind.Sign);
            Add(document.Medials, Kind.Medial);
            Add(document.Killers.Select(k => KeyValuePair.Create(k, "")), Kind.Killer);
            Add(document.Ignored.Select(k => KeyValuePair.Create(k, "")), Kind.Medial);
        }
        return letters;
    }

    private static Dictionary<string, Document> Read() =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Dictionary<string, Document>>(Resources.Read("Names/Resources/abugida.yaml"));

    private static char One(string script, string letter) =>
        letter.Length == 1 ? letter[0] : throw new InvalidDataException($"abugida.yaml: {script}: '{letter}' is not one character");

    private enum Kind
    {
        Consonant,
        Vowel,
        Sign,
        Medial,
        Killer,
    }

    private sealed record Script(string Inherent, char FinalMark, Dictionary<char, string> Finals, Dictionary<(char, char), string> SignPairs);

    private sealed record Letter(Kind Kind, string Value, Script Script);

    private sealed class Document
    {
        public string Inherent { get; set; } = "";
        public string? FinalMark { get; set; }
        public Dictionary<string, string> Consonants { get; set; } = [];
        public Dictionary<string, string> Vowels { get; set; } = [];
        public Dictionary<string, string> Signs { get; set; } = [];
        public Dictionary<string, string> Medials { get; set; } = [];
        public Dictionary<string, string> Finals { get; set; } = [];
        public Dictionary<string, string> SignPairs { get; set; } = [];
        public List<string> Killers { get; set; } = [];
        public List<string> Ignored { get; set; } = [];
        public Dictionary<string, string[]> ForeignReadings { get; set; } = [];
    }
}
