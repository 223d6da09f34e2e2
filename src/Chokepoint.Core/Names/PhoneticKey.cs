using System.Text;

namespace Chokepoint.Names;

/// <summary>Step 6: the phonetic skeleton key of a folded token (rules in phonetic.yaml): Lukashenko, Loukachenko, Lukaschenko → lksnk.</summary>
public static class PhoneticKey
{
    private static readonly Lazy<(string From, string To)[]> Rules = new(() =>
        [.. NameTables.Default.PhoneticRules.OrderByDescending(r => r.From.Length)]);

    public static string Of(string token)
    {
        if (token.Length == 0)
            return token;
        foreach (var c in token)
        {
            if (!char.IsAsciiLetter(c))
                return token; // digits and unsupported scripts compare as they are
        }
        var rules = Rules.Value;
        var rewritten = new StringBuilder(token.Length + 2);
        for (var i = 0; i < token.Length;)
        {
            var applied = false;
            foreach (var (from, to) in rules)
            {
                if (string.CompareOrdinal(token, i, from, 0, from.Length) == 0)
                {
                    rewritten.Append(to);
                    i += from.Length;
                    applied = true;
                    break;
                }
            }
            if (!applied)
                rewritten.Append(token[i++]);
        }
        var key = new StringBuilder(rewritten.Length);
        for (var i = 0; i < rewritten.Length; i++)
        {
            var c = rewritten[i];
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j';
            if (i == 0 && vowel)
                c = 'a';
            else if (vowel || c == 'h')
                continue;
            if (key.Length == 0 || key[^1] != c)
                key.Append(c);
        }
        return key.ToString();
    }
}
