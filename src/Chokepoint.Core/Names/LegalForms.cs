namespace Chokepoint.Names;

/// <summary>
/// Step 3 (organisation names): finds legal forms (OJSC, ОАО, ААТ, "Open Joint-Stock Company", GmbH ...) as
/// whole token sequences at the start or the end of the name (repeatedly: "JSC ... Corporation Limited"), and
/// takes them out of the tokens. Aliases and names compare transliterated and folded (АНО = ANO, spółka = spolka).
/// </summary>
public static class LegalForms
{
    private static readonly Lazy<(Dictionary<string, LegalFormEntry> Aliases, int MaxTokens)> Table = new(Build);

    /// <summary>
    /// Removes leading and trailing legal-form token sequences from <paramref name="tokens"/>, given the folded
    /// form of each token in <paramref name="keys"/> (same length; both lists are shortened alike); returns the
    /// legal form feature (generic form, e.g. JSC) of the first found, trailing forms first. A name that is only a legal form keeps it.
    /// </summary>
    public static string? Extract(List<string> tokens, List<string> keys)
    {
        var (aliases, maxTokens) = Table.Value;
        if (keys.Count < 2 || keys.Count != tokens.Count)
            return null;
        string? found = null;
        int start = 0, end = keys.Count;
        // What stays must keep a word: AT&T Inc. is "at t", not "t".
        while (end - start > 1 && Longest(aliases, keys, start, end, maxTokens, fromStart: false) is var (length, entry) && length > 0 && HasWord(keys, start, end - length))
        {
            found ??= entry!.Feature;
            end -= length;
        }
        while (end - start > 1 && Longest(aliases, keys, start, end, maxTokens, fromStart: true) is var (length, entry) && length > 0 && HasWord(keys, start + length, end))
        {
            found ??= entry!.Feature;
            start += length;
        }
        if (found is null)
            return null;
        tokens.RemoveRange(end, tokens.Count - end);
        tokens.RemoveRange(0, start);
        if (!ReferenceEquals(tokens, keys))
        {
            keys.RemoveRange(end, keys.Count - end);
            keys.RemoveRange(0, start);
        }
        return found;
    }

    /// <summary>The family of a legal-form feature (JSC → stock, LLC → limited); null for a form without one (AB).</summary>
    public static string? Family(string feature) => NameTables.Default.LegalFormFamilies.GetValueOrDefault(feature);

    /// <summary>The feature value of a legal form written on its own ("OAO" → JSC); null when unknown.</summary>
    public static string? Lookup(string legalForm)
    {
        var tokens = NameNormalizer.FoldAll(NameTokenizer.Split(legalForm), transliterate: true);
        Stopwords.RemoveConnectors(tokens, tokens);
        return Table.Value.Aliases.GetValueOrDefault(string.Join(' ', tokens))?.Feature;
    }

    private static bool HasWord(List<string> keys, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (keys[i].Length > 1)
                return true;
        }
        return false;
    }

    // The longest alias at the start (or end) of keys[start..end) that leaves at least one token.
    private static (int Length, LegalFormEntry? Entry) Longest(Dictionary<string, LegalFormEntry> aliases, List<string> keys, int start, int end, int maxTokens, bool fromStart)
    {
        var lookup = aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        for (var length = Math.Min(maxTokens, end - start - 1); length >= 1; length--)
        {
            var first = fromStart ? start : end - length;
            var used = 0;
            for (var k = first; k < first + length; k++)
            {
                var key = keys[k];
                if (used + key.Length + 1 > buffer.Length)
                    return (0, null);
                if (k > first)
                    buffer[used++] = ' ';
                key.AsSpan().CopyTo(buffer[used..]);
                used += key.Length;
            }
            if (lookup.TryGetValue(buffer[..used], out var entry))
                return (length, entry);
        }
        return (0, null);
    }

    // Aliases by their folded token sequence, and the longest alias in tokens.
    private static (Dictionary<string, LegalFormEntry>, int) Build()
    {
        var aliases = new Dictionary<string, LegalFormEntry>(StringComparer.Ordinal);
        var maxTokens = 1;
        foreach (var entry in NameTables.Default.LegalForms)
        {
            foreach (var alias in entry.Aliases.Append(entry.Display).Append(entry.Compare))
            {
                if (string.IsNullOrWhiteSpace(alias))
                    continue;
                var tokens = NameNormalizer.FoldAll(NameTokenizer.Split(alias), transliterate: true);
                Stopwords.RemoveConnectors(tokens, tokens);
                // A lone roman numeral (Lithuanian IĮ folds to "ii") is read as a number: Fund II is not a legal form.
                if (tokens.Count == 0 || (tokens.Count == 1 && RomanNumeral.Is(tokens[0])))
                    continue;
                aliases.TryAdd(string.Join(' ', tokens), entry);
                maxTokens = Math.Max(maxTokens, tokens.Count);
            }
        }
        return (aliases, maxTokens);
    }
}
