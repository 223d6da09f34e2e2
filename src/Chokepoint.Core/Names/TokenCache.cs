using System.Collections.Concurrent;

namespace Chokepoint.Names;

/// <summary>
/// Transliterated and folded forms of raw tokens, computed once per token and system: names repeat their
/// tokens (given names, surnames, legal words), so the pipeline's per-letter work runs once per distinct token.
/// ASCII letters and digits are their own folded form and never enter the cache.
/// </summary>
internal static class TokenCache
{
    private const int MaxEntries = 200_000;
    private static readonly ConcurrentDictionary<(string Token, string? System), string> Folded = new();

    public static string Fold(string token, string? system)
    {
        if (IsAsciiAlphanumeric(token))
            return token;
        if (Folded.TryGetValue((token, system), out var cached))
            return cached;
        var latin = system is null ? token : Transliterator.Transliterate(token, system);
        var folded = LatinFolding.Fold(latin);
        if (Folded.Count < MaxEntries)
            Folded.TryAdd((token, system), folded);
        return folded;
    }

    public static bool IsAsciiAlphanumeric(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiLetterOrDigit(c))
                return false;
        }
        return true;
    }
}
