using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Names;

/// <summary>Hebrew letters read by their place in the word (hebrew.yaml): ו and י as consonant or vowel, ב כ פ as stop or fricative.</summary>
internal static class HebrewLetters
{
    private static readonly Lazy<(Dictionary<char, string> Vowels, Dictionary<char, string> Initial)> Tables = new(Load);

    public static bool IsContextual(char c) => c is 'ו' or 'י' or 'ב' or 'כ' or 'פ';

    /// <summary>
    /// The Latin value of the letter at <paramref name="n"/>, given its value elsewhere; a doubled ו or י is read
    /// once and <paramref name="n"/> moves past it.
    /// </summary>
    public static string Read(string text, ref int n, string elsewhere)
    {
        var (vowels, initial) = Tables.Value;
        var c = text[n];
        var first = n == 0 || !IsHebrewLetter(text[n - 1]);
        if (!vowels.TryGetValue(c, out var vowel))
            return first && initial.TryGetValue(c, out var stop) ? stop : elsewhere;
        if (n + 1 < text.Length && text[n + 1] == c)
        {
            n++;
            return elsewhere;
        }
        return first ? elsewhere : vowel;
    }

    private static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA';

    private static (Dictionary<char, string>, Dictionary<char, string>) Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Dictionary<string, Dictionary<string, string>>>(Resources.Read("Names/Resources/hebrew.yaml"));
        var vowels = yaml["vowel_letters"].ToDictionary(kv => kv.Key[0], kv => kv.Value);
        var initial = yaml["word_initial"].ToDictionary(kv => kv.Key[0], kv => kv.Value);
        if (!vowels.Keys.Concat(initial.Keys).All(IsContextual) || vowels.Count + initial.Count != 5)
            throw new InvalidDataException("hebrew.yaml: vowel_letters must give ו and י, word_initial ב כ פ");
        return (vowels, initial);
    }
}
