using System.Globalization;
using System.Text;

namespace Chokepoint.Search;

/// <summary>Folds names for the store-backed search: lower case, diacritics removed, any script kept.</summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folded tokens of letters and digits, in order, without repeats.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0 && !tokens.Contains(current.ToString()))
                tokens.Add(current.ToString());
            current.Clear();
        }
        return tokens;
    }
}
