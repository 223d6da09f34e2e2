using System.Text;
using Chokepoint.Model;
using YamlDotNet.Serialization;

namespace Chokepoint.Names;

/// <summary>
/// The Indic scripts to Latin (indic.yaml): one table for every block laid out like Devanagari, consonants
/// with an inherent "a" that a vowel sign or the virama replaces, and the word-final "a" dropped.
/// </summary>
internal static class Indic
{
    private const int First = 0x0900;
    private const int Last = 0x0D7F;
    private static readonly Lazy<Table> Tables = new(Load);

    public static bool Contains(string token) => token.AsSpan().IndexOfAnyInRange((char)First, (char)Last) >= 0;

    public static string Transliterate(string token)
    {
        var table = Tables.Value;
        var output = new StringBuilder(token.Length * 2);
        var inherent = false;
        foreach (var c in token)
        {
            if (c is < (char)First or > (char)Last)
            {
                Close(output, ref inherent);
                output.Append(c);
                continue;
            }
            var offset = (c - First) & 0x7f;
            if (table.Consonants[offset] is { } consonant)
            {
                Close(output, ref inherent);
                output.Append(consonant);
                inherent = true;
            }
            else if (table.Signs[offset] is { } sign)
            {
                output.Append(sign);
                inherent = false;
            }
            else if (offset == table.Virama)
            {
                inherent = false;
            }
            else if (table.Vowels[offset] is { } vowel)
            {
                Close(output, ref inherent);
                output.Append(vowel);
            }
            else if (table.Nasals[offset] is { } nasal)
            {
                Close(output, ref inherent);
                output.Append(nasal);
            }
        }
        return output.ToString(); // a consonant still open at the end keeps no "a"
    }

    private static void Close(StringBuilder output, ref bool inherent)
    {
        if (inherent)
            output.Append('a');
        inherent = false;
    }

    private static Table Load()
    {
        var yaml = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(Resources.Read("Names/Resources/indic.yaml"));
        string?[] Offsets(string section)
        {
            var slots = new string?[0x80];
            foreach (var (key, value) in (Dictionary<object, object>)yaml[section])
                slots[Offset((string)key)] = (string)value;
            return slots;
        }
        return new Table(Offsets("consonants"), Offsets("vowels"), Offsets("signs"), Offsets("nasals"), Offset((string)yaml["virama"]));
    }

    private static int Offset(string letter) =>
        letter.Length == 1 && letter[0] is >= (char)First and < (char)(First + 0x80)
            ? letter[0] - First
            : throw new InvalidDataException($"indic.yaml: '{letter}' is not one Devanagari letter");

    private sealed record Table(string?[] Consonants, string?[] Vowels, string?[] Signs, string?[] Nasals, int Virama);
}
