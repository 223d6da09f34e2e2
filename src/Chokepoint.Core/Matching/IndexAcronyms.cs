using Chokepoint.Names;

namespace Chokepoint.Matching;

/// <summary>
/// The acronyms under which the index finds an organisation name, read as <see cref="AcronymAlignment"/> reads
/// them: the initials of the name's tokens (legal forms and stop words already out), and without the words an
/// acronym may skip (People's Bank of China = PBOC and PBC).
/// </summary>
internal static class IndexAcronyms
{
    public const int MinWords = 2;
    public const int MaxWords = 8;

    /// <summary>The acronyms of an organisation name of 2 to 8 tokens that all begin with a letter; none for other names.</summary>
    public static string[] Of(NormalizedName name)
    {
        var tokens = name.TokenArray;
        if (name.Kind != NameKind.Organization || tokens.Length is < MinWords or > MaxWords)
            return [];
        Span<char> all = stackalloc char[MaxWords];
        Span<char> kept = stackalloc char[MaxWords];
        var length = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!char.IsAsciiLetter(tokens[i][0]) || (name.Flags[i] & TokenFlags.Code) != 0)
                return [];
            all[i] = tokens[i][0];
            if (!AcronymAlignment.Skips.Contains(tokens[i]))
                kept[length++] = tokens[i][0];
        }
        var acronym = new string(all[..tokens.Length]);
        return length >= MinWords && length < tokens.Length ? [acronym, new string(kept[..length])] : [acronym];
    }

    /// <summary>Whether query token <paramref name="i"/> may be an organisation's acronym: 2 to 8 ASCII letters, not a code, not in a person name.</summary>
    public static bool IsQueryAcronym(NormalizedName name, int i)
    {
        var token = name.TokenArray[i];
        if (name.Kind == NameKind.Person || token.Length is < MinWords or > MaxWords || (name.Flags[i] & TokenFlags.Code) != 0)
            return false;
        foreach (var c in token)
        {
            if (!char.IsAsciiLetter(c))
                return false;
        }
        return true;
    }
}
