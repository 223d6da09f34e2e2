using System.Globalization;
using System.Text;

namespace Chokepoint.Names;

/// <summary>Step 1 of the pipeline: NFKC, case folding, and splitting on everything that is not a letter, digit or mark.</summary>
public static class NameTokenizer
{
    /// <summary>Raw lower-case tokens; apostrophes inside a word are dropped (O'Brien → obrien, Ukrainian м'ята → мята).</summary>
    public static List<string> Split(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\'' or '’' or 'ʼ' or '`' or 'ʹ')
                continue;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(c);
                continue;
            }
            Flush(current, tokens);
        }
        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
            tokens.Add(current.ToString());
        current.Clear();
    }
}
