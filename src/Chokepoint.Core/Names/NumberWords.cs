using Chokepoint.Model;
using YamlDotNet.Serialization;

namespace Chokepoint.Names;

/// <summary>Number words and ordinal digits of organisation and object names read as numbers (numbers.yaml): Forty-Four → 44, 1st → 1.</summary>
internal static class NumberWords
{
    private static readonly Lazy<(Dictionary<string, int> Units, Dictionary<string, int> Tens)> Table = new(() =>
    {
        var yaml = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, int>>>(Resources.Read("Names/Resources/numbers.yaml"));
        return (new Dictionary<string, int>(yaml["units"], StringComparer.Ordinal), new Dictionary<string, int>(yaml["tens"], StringComparer.Ordinal));
    });

    public static void Read(List<string> tokens)
    {
        var (units, tens) = Table.Value;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (tens.TryGetValue(token, out var ten))
            {
                var unit = i + 1 < tokens.Count ? UnitOf(tokens[i + 1], units) : null;
                if (unit is > 0 and < 10)
                {
                    tokens.RemoveAt(i + 1);
                    ten += unit.Value;
                }
                tokens[i] = ten.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (UnitOf(token, units) is { } number)
            {
                tokens[i] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    // A units word, a digit string, or an ordinal in digits (1st, 2nd, 3rd, 44th).
    private static int? UnitOf(string token, Dictionary<string, int> units)
    {
        if (units.TryGetValue(token, out var value))
            return value;
        var digits = token.Length > 2 && token[^2..] is "st" or "nd" or "rd" or "th" ? token[..^2] : token;
        return digits.Length is > 0 and <= 9 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
