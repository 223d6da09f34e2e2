namespace Chokepoint.Names;

/// <summary>
/// A name after the pipeline: comparable ASCII tokens (in original order), their phonetic skeleton keys,
/// their symbols, and the legal form found in it (a feature, not a token).
/// </summary>
public sealed class NormalizedName
{
    internal NormalizedName(string original, string[] tokens, string[] keys, string? legalForm, NameKind kind = NameKind.Any, int[]?[]? symbols = null)
    {
        Original = original;
        Tokens = tokens;
        Keys = keys;
        LegalForm = legalForm;
        Kind = kind;
        Symbols = symbols;
    }

    public string Original { get; }

    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The phonetic skeleton key of each token, same order as <see cref="Tokens"/>.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The generic legal form (JSC, LLC ...) or its compare form; null when the name has none.</summary>
    public string? LegalForm { get; }

    /// <summary>The rules the name was normalized with: single letters and roman numerals are codes in organisation and object names.</summary>
    public NameKind Kind { get; }

    /// <summary>The symbol ids of each token (symbols.yaml), null for a token without any; null when no token has one.</summary>
    internal int[]?[]? Symbols { get; }

    /// <summary>The tokens joined by spaces: the normalized form shown in explanations.</summary>
    public string Text => string.Join(' ', Tokens);

    public bool IsEmpty => Tokens.Count == 0;

    public override string ToString() => LegalForm is null ? Text : $"{Text} [{LegalForm}]";
}
