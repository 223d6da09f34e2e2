using System.Globalization;
using System.Text;
using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Coverage;

/// <summary>Comparison keys for the fallback matcher: transliterated, legal forms dropped, tokens sorted.</summary>
public sealed class NameKeys
{
    private static readonly Lazy<NameKeys> DefaultKeys = new(Load);

    public static NameKeys Default => DefaultKeys.Value;

    public List<string> LegalForms { get; init; } = [];
    public Dictionary<string, string> Cyrillic { get; init; } = [];
    public List<string> Identifiers { get; init; } = [];

    /// <summary>"ОАО «Пеленг»" and "Peleng OJSC" both give "peleng"; null when nothing but a legal form is left.</summary>
    public string? NameKey(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (Cyrillic.TryGetValue(c.ToString(), out var latin))
                text.Append(latin);
            else
                text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        var padded = " " + string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var form in LegalForms)
            padded = padded.Replace(" " + form + " ", " ", StringComparison.Ordinal);
        var tokens = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
        return tokens.Length == 0 ? null : string.Join(' ', tokens);
    }

    public static string? IdentifierKey(string value)
    {
        var key = new string([.. value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return key.Length >= 5 ? key : null;
    }

    private static NameKeys Load() =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<NameKeys>(Resources.Read("name-keys.yaml"));
}
