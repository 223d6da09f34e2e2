namespace Chokepoint.Names;

/// <summary>
/// The <see cref="TokenReading"/>s of a name's tokens, for comparison with words of Latin letters: a word with digits
/// for letters (digits.yaml), a foreign name transcribed in Han characters (han_transcription.yaml), katakana
/// (kana.yaml foreign_readings) or Burmese (abugida.yaml foreign_readings).
/// </summary>
internal static class NameReadings
{
    /// <summary>
    /// The raw tokens to fold: a transcribed Han name's tokens are replaced by their primary reading. Readings of Han,
    /// katakana and Burmese tokens go into <paramref name="readings"/> by the folded token they become (created when there is one).
    /// </summary>
    public static List<string> OfScripts(string name, List<string> raw, ref Dictionary<string, TokenReading>? readings)
    {
        // These scripts lie at U+1000 and above: most names skip them at once.
        if (name.AsSpan().IndexOfAnyInRange('\u1000', '\u9FFF') < 0)
            return raw;
        if (HanTranscription.Applies(name))
            raw = HanTranscription.Read(raw, readings ??= new(StringComparer.Ordinal));
        string? system = null;
        foreach (var token in raw)
        {
            var katakana = Kana.ContainsKatakana(token);
            if (!katakana && !Abugida.ContainsBurmese(token))
                continue;
            system ??= NameNormalizer.SystemOf(raw, transliterate: true);
            var folded = TokenCache.Fold(token, system);
            if ((katakana ? Kana.ForeignReading(folded) : Abugida.BurmeseForeignReading(folded)) is { } reading)
                (readings ??= new(StringComparer.Ordinal))[folded] = reading;
        }
        return raw;
    }

    /// <summary>The reading of each final token (null when it has none); null when no token has one.</summary>
    public static TokenReading?[]? Of(List<string> tokens, Dictionary<string, TokenReading>? byToken)
    {
        TokenReading?[]? readings = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var reading = byToken?.GetValueOrDefault(token);
            if (reading is null && token.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
                reading = LetterDigits.Read(token);
            if (reading is not null)
                (readings ??= new TokenReading?[tokens.Count])[i] = reading;
        }
        return readings;
    }
}
