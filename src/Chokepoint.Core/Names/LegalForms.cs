using System.Globalization;
using System.Text;

namespace Chokepoint.Names;

/// <summary>
/// Step 4 (organisation names): finds legal forms (OJSC, ОАО, ААТ, "Open Joint-Stock Company", GmbH ...) as
/// whole token sequences anywhere in the name, longest first, and takes them out of the tokens.
/// </summary>
public static class LegalForms
{
    private static readonly Lazy<(Dictionary<string, LegalFormEntry> Aliases, Dictionary<string, int> MaxTokens)> Table = new(Build);

    /// <summary>Removes legal-form token sequences; returns the legal form feature (generic form, e.g. JSC) of the first found.</summary>
    public static string? Extract(List<string> tokens)
    {
        var (aliases, maxTokens) = Table.Value;
        string? found = null;
        var keys = tokens.Select(Key).ToList();
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var matched = 0;
            var longest = maxTokens.GetValueOrDefault(keys[i]);
            for (var length = Math.Min(longest, tokens.Count - i); length >= 1 && matched == 0; length--)
            {
                if (aliases.TryGetValue(string.Join(' ', keys.GetRange(i, length)), out var entry))
                {
                    found ??= entry.Feature;
                    matched = length;
                }
            }
            if (matched == 0)
                kept.Add(tokens[i++]);
            else
                i += matched;
        }
        // A name that is nothing but a legal form ("JSC") keeps its tokens.
        if (found is null || kept.Count == 0)
            return kept.Count == 0 ? null : found;
        tokens.Clear();
        tokens.AddRange(kept);
        return found;
    }

    /// <summary>The feature value of a legal form written on its own ("OAO" → JSC); null when unknown.</summary>
    public static string? Lookup(string legalForm) =>
        Table.Value.Aliases.GetValueOrDefault(string.Join(' ', NameTokenizer.Split(legalForm).Select(Key)))?.Feature;

    // Legal forms compare without diacritics in any script (spółka = spolka, АКЦИОНЕРНОЕ = акционерное).
    private static string Key(string token)
    {
        if (Ascii.IsValid(token))
            return token;
        var decomposed = token.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }
        return builder.ToString();
    }

    // Aliases by their token sequence, and the longest alias that starts with each first token.
    private static (Dictionary<string, LegalFormEntry>, Dictionary<string, int>) Build()
    {
        var aliases = new Dictionary<string, LegalFormEntry>(StringComparer.Ordinal);
        var maxTokens = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in NameTables.Default.LegalForms)
        {
            foreach (var alias in entry.Aliases.Append(entry.Display).Append(entry.Compare))
            {
                if (string.IsNullOrWhiteSpace(alias))
                    continue;
                var tokens = NameTokenizer.Split(alias).Select(Key).ToList();
                if (tokens.Count == 0)
                    continue;
                aliases.TryAdd(string.Join(' ', tokens), entry);
                maxTokens[tokens[0]] = Math.Max(maxTokens.GetValueOrDefault(tokens[0]), tokens.Count);
            }
        }
        return (aliases, maxTokens);
    }
}
