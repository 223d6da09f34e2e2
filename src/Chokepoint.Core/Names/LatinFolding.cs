using System.Globalization;
using System.Text;

namespace Chokepoint.Names;

/// <summary>Step 3: Latin diacritics folding (é → e, š → sh, ß → ss), keeping letters and digits only.</summary>
public static class LatinFolding
{
    public static string Fold(string token)
    {
        var special = NameTables.Default.LatinSpecial;
        var ascii = true;
        foreach (var c in token)
        {
            if (c > 0x7f || !char.IsAsciiLetterOrDigit(c))
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
            return token;
        var builder = new StringBuilder(token.Length + 4);
        foreach (var c in token)
        {
            if (special.TryGetValue(c, out var replacement))
                builder.Append(replacement);
            else
                builder.Append(c);
        }
        var decomposed = builder.ToString().Normalize(NormalizationForm.FormD);
        builder.Clear();
        var baseIsLatin = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // Marks on Latin letters are diacritics to fold; marks of other scripts (Cyrillic й, Indic vowel signs) are letters.
                if (!baseIsLatin)
                    builder.Append(c);
                continue;
            }
            if (!char.IsLetterOrDigit(c))
                continue;
            baseIsLatin = c < 0x0250;
            builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
