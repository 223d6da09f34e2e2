using System.Text;

namespace Chokepoint.Names;

/// <summary>
/// Step 2: non-Latin letters to Latin. Cyrillic uses the default system of the name's language
/// (cyrillic.yaml); Greek, Georgian, Armenian, Arabic, Hebrew and kana use the letter tables of scripts.yaml
/// (Hebrew and kana with the context rules of hebrew.yaml and kana.yaml),
/// the Indic scripts indic.yaml, Hangul hangul.yaml, Ethiopic ethiopic.yaml, Khmer and Burmese abugida.yaml;
/// Han ideographs and any other script stay as they are.
/// </summary>
public static class Transliterator
{
    /// <summary>
    /// Guesses the language of a Cyrillic name from its letters: "be" (ў, і with ы/э, or э after a consonant,
    /// which Russian spelling avoids: Лукашэнка), "uk" (ї, є, ґ, or і), else "ru".
    /// </summary>
    public static string CyrillicLanguage(IEnumerable<string> tokens)
    {
        bool i = false, ukOnly = false, be = false, ruBe = false;
        foreach (var token in tokens)
        {
            for (var n = 0; n < token.Length; n++)
            {
                var c = token[n];
                if (c == 'э' && n > 0 && "аеёиоуыэюяіў".IndexOf(token[n - 1], StringComparison.Ordinal) < 0)
                    be = true;
                switch (c)
                {
                    case 'ў': be = true; break;
                    case 'і': i = true; break;
                    case 'ї' or 'є' or 'ґ': ukOnly = true; break;
                    case 'ы' or 'э' or 'ъ' or 'ё': ruBe = true; break;
                }
            }
        }
        if (be || (i && ruBe && !ukOnly))
            return "be";
        return ukOnly || i ? "uk" : "ru";
    }

    /// <summary>The system the pipeline uses for a language (bgn_pcgn_ru, bgn_pcgn_be, ua_national_2010).</summary>
    public static string DefaultSystem(string language) =>
        NameTables.Default.CyrillicDefaults.GetValueOrDefault(language) ?? NameTables.Default.CyrillicDefaults["ru"];

    public static IReadOnlyCollection<string> Systems => NameTables.Default.CyrillicSystems.Keys;

    /// <summary>Transliterates lower-cased text with one named Cyrillic system (other scripts use their fallback table).</summary>
    public static string Transliterate(string text, string system)
    {
        var tables = NameTables.Default;
        if (!tables.CyrillicSystems.TryGetValue(system, out var cyrillic))
            throw new ArgumentException($"unknown transliteration system '{system}'; known: {string.Join(", ", tables.CyrillicSystems.Keys)}");
        var lower = text.ToLowerInvariant();
        // The scripts with tables of their own all lie at U+0900 and above: Latin, Greek and Cyrillic text skips them.
        if (lower.AsSpan().IndexOfAnyInRange('\u0900', '\uFFFF') >= 0)
        {
            if (Indic.Contains(lower))
                return Indic.Transliterate(lower);
            if (Hangul.Contains(lower))
                return Hangul.Transliterate(lower);
            if (Ethiopic.Contains(lower))
                return Ethiopic.Transliterate(lower);
            if (Abugida.Contains(lower))
                return Abugida.Transliterate(lower);
            if (Kana.Contains(lower))
                return Kana.Transliterate(lower);
        }
        StringBuilder? output = null;
        for (var n = 0; n < lower.Length; n++)
        {
            var c = lower[n];
            string? mapped = c < 0x0370 ? null : cyrillic.TryGetValue(c, out var m) ? m : tables.OtherScripts.GetValueOrDefault(c);
            if (mapped is null)
            {
                output?.Append(c);
                continue;
            }
            output ??= new StringBuilder(lower, 0, n, lower.Length + 8);
            output.Append(HebrewLetters.IsContextual(c) ? HebrewLetters.Read(lower, ref n, mapped) : mapped);
        }
        return output?.ToString() ?? lower;
    }
}
