using System.Globalization;
using System.Text;

namespace Chokepoint.Names;

/// <summary>Step 1 of the pipeline: NFKC, case folding, and splitting on everything that is not a letter, digit or mark.</summary>
public static class NameTokenizer
{
    /// <summary>Raw lower-case tokens; apostrophes inside a word are dropped (O'Brien → obrien, Ukrainian м'ята → мята).</summary>
    public static List<string> Split(string name)
    {
        // ASCII is its own NFKC form: most names skip normalization.
        var text = Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormKC);
        var tokens = new List<string>(4);
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var used = 0;
        foreach (var original in text)
        {
            if (original < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(original))
                    buffer[used++] = char.IsAsciiLetterUpper(original) ? (char)(original | 0x20) : original;
                else if (original is not ('\'' or '`'))
                    Flush(buffer, ref used, tokens);
                continue;
            }
            var c = char.ToLowerInvariant(original);
            if (c is '’' or 'ʼ' or 'ʹ')
                continue;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                buffer[used++] = c;
            else
                Flush(buffer, ref used, tokens);
        }
        Flush(buffer, ref used, tokens);
        return tokens;
    }

    private static void Flush(Span<char> buffer, ref int used, List<string> tokens)
    {
        if (used > 0)
            tokens.Add(new string(buffer[..used]));
        used = 0;
    }
}
