namespace Chokepoint.Names;

/// <summary>
/// A name after the pipeline: comparable ASCII tokens (in original order), their phonetic skeleton keys,
/// and the legal form found in it (a feature, not a token).
/// </summary>
public sealed class NormalizedName
{
    internal NormalizedName(string original, string[] tokens, string[] keys, string? legalForm)
    {
        Original = original;
        Tokens = tokens;
        Keys = keys;
        LegalForm = legalForm;
    }

    public string Original { get; }

    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The phonetic skeleton key of each token, same order as <see cref="Tokens"/>.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The generic legal form (JSC, LLC ...) or its compare form; null when the name has none.</summary>
    public string? LegalForm { get; }

    /// <summary>The tokens joined by spaces: the normalized form shown in explanations.</summary>
    public string Text => string.Join(' ', Tokens);

    public bool IsEmpty => Tokens.Count == 0;

    public override string ToString() => LegalForm is null ? Text : $"{Text} [{LegalForm}]";
}
