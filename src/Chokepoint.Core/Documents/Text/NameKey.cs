using System.Globalization;
using System.Text;

namespace Chokepoint.Documents.Text;

/// <summary>
/// Comparison keys for names: case and punctuation folded, Cyrillic transliterated, legal forms dropped
/// ("Peleng, OJSC", "ОАО «Пеленг»" and "Peleng" share the key "peleng").
/// </summary>
public static class NameKey
{
    /// <summary>Case and punctuation folding only: the evaluation's notion of the same surface form.</summary>
    public static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        return builder.ToString().Trim();
    }

    public static string Transliterate(string value)
    {
        var table = Lexicon.Default.Transliteration;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var lower = char.ToLowerInvariant(c);
            if (table.TryGetValue(lower, out var latin))
                builder.Append(latin);
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Folded, transliterated, legal forms removed.</summary>
    public static string Of(string name)
    {
        var legal = Lexicon.Default.LegalForms;
        var words = Fold(name.Replace("й", "й")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !legal.Contains(w.ToUpperInvariant()) && !legal.Contains(w));
        return Fold(Transliterate(string.Join(' ', words)));
    }

    /// <summary>A looser key that also drops final vowels of words, so spelling variants meet (Lukashenko / Lukashenka).</summary>
    public static string Loose(string name) =>
        string.Join(' ', Of(name).Split(' ').Select(w => w.Length > 4 ? w.TrimEnd('a', 'o', 'e', 'i', 'y', 'u') : w));
}
