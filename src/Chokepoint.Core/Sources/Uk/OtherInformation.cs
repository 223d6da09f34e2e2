using System.Text.RegularExpressions;

namespace Chokepoint.Sources.Uk;

/// <summary>The "(Key):value" segments of the ConList's Other Information column, e.g. "(UK Sanctions List Ref):RUS0001. (Gender):Male".</summary>
public static partial class OtherInformation
{
    public static Dictionary<string, string> Parse(string? text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
            return fields;
        var matches = Key().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var value = text[start..end].Trim().TrimEnd('.').Trim();
            var key = matches[i].Groups["key"].Value.Trim();
            if (value.Length > 0)
                fields[key] = fields.TryGetValue(key, out var earlier) ? $"{earlier}; {value}" : value;
        }
        return fields;
    }

    [GeneratedRegex(@"\((?<key>[A-Za-z][A-Za-z /-]{1,38})\):")]
    private static partial Regex Key();
}
