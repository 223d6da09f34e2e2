using System.Text;

namespace Chokepoint.Names;

/// <summary>Step 6: the phonetic skeleton key of a folded token (rules in phonetic.yaml): Lukashenko, Loukachenko, Lukaschenko → lksnk.</summary>
public static class PhoneticKey
{
    // Rules by their first letter, longest first, so each position tries only the rules that can apply.
    private static readonly Lazy<Dictionary<char, (string From, string To)[]>> Rules = new(() =>
        NameTables.Default.PhoneticRules.GroupBy(r => r.From[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.From.Length).ToArray()));

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
            var rest = token.AsSpan(i);
            foreach (var (from, to) in rules.GetValueOrDefault(token[i]) ?? [])
            {
                if (rest.StartsWith(from.AsSpan()))
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
