namespace Chokepoint.Names;

/// <summary>
/// A name after the pipeline: comparable ASCII tokens (in original order), their phonetic skeleton keys,
/// their symbols, and the legal form found in it (a feature, not a token).
/// </summary>
public sealed class NormalizedName
{
    internal NormalizedName(string original, string[] tokens, string[] keys, string? legalForm, NameKind kind = NameKind.Any, int[]?[]? symbols = null, int familyIndex = -1, bool titled = false)
    {
        FamilyIndex = familyIndex;
        Latin = IsLatin(original);
        Titled = titled;
        Original = original;
        Tokens = TokenArray = tokens;
        Keys = KeyArray = keys;
        LegalForm = legalForm;
        Kind = kind;
        Symbols = symbols;
        Joined = string.Concat(tokens);
        Flags = new TokenFlags[tokens.Length];
        Letters = new uint[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            Flags[i] = FlagsOf(tokens[i], kind);
            foreach (var c in tokens[i])
                Letters[i] |= 1u << (c & 31);
            JoinedLetters |= Letters[i];
        }
    }

    public string Original { get; }

    /// <summary>
    /// For a name with Han or Hangul characters: the same name with one token per character, untransliterated.
    /// Two such names compare in this form: a syllable that differs is a different name (高市早苗 ≠ 高石早苗).
    /// </summary>
    public NormalizedName? Syllables { get; internal init; }

    public IReadOnlyList<string> Tokens { get; }

    /// <summary>
    /// What each token may be read as against a word of Latin letters (Sech1n: sechin or sechln; 弗拉基米尔: vladimir ...),
    /// null for a token without one; null when no token has one (docs/matching.md).
    /// </summary>
    internal TokenReading?[]? Readings { get; init; }

    /// <summary>The phonetic skeleton key of each token, same order as <see cref="Tokens"/>.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The generic legal form (JSC, LLC ...) or its compare form; null when the name has none.</summary>
    public string? LegalForm { get; }

    /// <summary>The rules the name was normalized with: single letters and roman numerals are codes in organisation and object names.</summary>
    public NameKind Kind { get; }

    /// <summary>The symbol ids of each token (symbols.yaml), null for a token without any; null when no token has one.</summary>
    internal int[]?[]? Symbols { get; }

    /// <summary>The same tokens and keys as arrays, for the scoring loops.</summary>
    internal string[] TokenArray { get; }

    internal string[] KeyArray { get; }

    /// <summary>The tokens without separators: split and joined words compare through it (Abdul Rahman = Abdulrahman).</summary>
    internal string Joined { get; }

    /// <summary>What each token is besides its letters, computed once: patronymic, code, number.</summary>
    internal TokenFlags[] Flags { get; }

    /// <summary>
    /// A bit per letter of each token (by the letter's code modulo 32): distinct letters one token has and
    /// another lacks bound their edit distance from below, so most token pairs skip the distance itself.
    /// </summary>
    internal uint[] Letters { get; }

    /// <summary>The letter bits of all tokens together, for <see cref="Joined"/>.</summary>
    internal uint JoinedLetters { get; }

    /// <summary>The token that is the family name of a person name of two tokens or more (docs/matching.md); -1 when unknown.</summary>
    public int FamilyIndex { get; }

    /// <summary>The name was written in Latin script (letters below U+0250): its spelling carries its vowels.</summary>
    public bool Latin { get; }

    /// <summary>A person (or unknown-kind) name that had a title or honorific (President, Mr, Генерал) before it was removed.</summary>
    public bool Titled { get; }

    /// <summary>The tokens joined by spaces: the normalized form shown in explanations.</summary>
    public string Text => string.Join(' ', Tokens);

    public bool IsEmpty => Tokens.Count == 0;

    public override string ToString() => LegalForm is null ? Text : $"{Text} [{LegalForm}]";

    private static bool IsLatin(string original)
    {
        foreach (var c in original)
        {
            if (c >= '\u0250' && char.IsLetter(c))
                return false;
        }
        return true;
    }

    // Codes: a token with a digit, or (organisation and object names) one letter or a roman numeral: Cycle A, Plant No. 1, Fund IV.
    private static TokenFlags FlagsOf(string token, NameKind kind)
    {
        var flags = NameNormalizer.IsPatronymic(token) ? TokenFlags.Patronymic : TokenFlags.None;
        if (kind is NameKind.Person or NameKind.Any && token is "bin" or "ibn" or "ben" or "bint")
            flags |= TokenFlags.Connector;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
                return flags | TokenFlags.Code | TokenFlags.Number;
        }
        if (kind is NameKind.Organization or NameKind.Object or NameKind.Any && PlaceWords.Contains(token))
            flags |= TokenFlags.Place;
        if (kind is NameKind.Organization or NameKind.Object)
        {
            if (RomanNumeral.Is(token))
                return flags | TokenFlags.Code | TokenFlags.Number;
            if (token.Length == 1)
                return flags | TokenFlags.Code;
        }
        return flags;
    }
}

/// <summary>Properties of a normalized token that scoring needs, computed once per name.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Patronymic = 1,

    /// <summary>A number, a roman numeral or (organisations, objects) a single letter: it matches exactly or not at all.</summary>
    Code = 2,

    /// <summary>A code with a digit or a roman numeral: missing on one side, it still makes the names differ.</summary>
    Number = 4,

    /// <summary>Arabic and Hebrew "son/daughter of" (bin, ibn, ben, bint): the token before it is the person, the token after it the father.</summary>
    Connector = 8,

    /// <summary>A country name in an organisation name (Banco Santander México).</summary>
    Place = 16,
}
