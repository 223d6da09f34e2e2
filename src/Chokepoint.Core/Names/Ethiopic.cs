using System.Text;
using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Names;

/// <summary>Ethiopic fidel to Latin (ethiopic.yaml): each syllable's consonant and vowel come from its place in the Unicode block.</summary>
internal static class Ethiopic
{
    private const int First = 0x1200;
    private static readonly Lazy<Table> Tables = new(Load);

    public static bool Contains(string token) => token.AsSpan().IndexOfAnyInRange((char)First, '\u137F') >= 0;

    public static string Transliterate(string token)
    {
        var table = Tables.Value;
        var output = new StringBuilder(token.Length * 3);
        foreach (var c in token)
        {
            var row = (c - First) / 8;
            if (c < First || row >= table.Consonants.Length)
            {
                if (c is < (char)First or > '\u137F')
                    output.Append(c); // Ethiopic punctuation and numerals are dropped
                continue;
            }
            var order = (c - First) % 8;
            output.Append(table.Consonants[row]);
            output.Append(order == 0 && table.Laryngeals.Contains(row) ? table.LaryngealFirstOrder : table.Vowels[order]);
        }
        return output.ToString();
    }

    private static Table Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<Document>(Resources.Read("Names/Resources/ethiopic.yaml"));
        if (yaml.Vowels.Length != 8 || yaml.Consonants.Length != (0x1358 - First) / 8)
            throw new InvalidDataException("ethiopic.yaml: expected 8 vowel orders and one consonant per row from U+1200 to U+1357");
        var laryngeals = yaml.Laryngeals.Select(l => l.Length == 1 && l[0] >= First ? (l[0] - First) / 8 : throw new InvalidDataException($"ethiopic.yaml: '{l}' is not a fidel letter")).ToHashSet();
        return new Table(yaml.Consonants, yaml.Vowels, yaml.LaryngealFirstOrder, laryngeals);
    }

    private sealed record Table(string[] Consonants, string[] Vowels, string LaryngealFirstOrder, HashSet<int> Laryngeals);

    private sealed class Document
    {
        public string[] Consonants { get; set; } = [];
        public string[] Vowels { get; set; } = [];
        public string LaryngealFirstOrder { get; set; } = "";
        public string[] Laryngeals { get; set; } = [];
    }
}
