using Chokepoint.Model;
using YamlDotNet.Serialization;

namespace Chokepoint.Names;

/// <summary>A word with digits for letters (Ig0r Sech1n = Igor Sechin): its letter reading from digits.yaml.</summary>
internal static class LetterDigits
{
    private static readonly Lazy<Dictionary<string, string[]>> Table = new(() =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, string[]>>>(Resources.Read("Names/Resources/digits.yaml"))["letters"]);

    /// <summary>
    /// The letter reading of a folded token when one of its digits stands between two letters and letters are most of
    /// it, three at least (Ig0r, Pu71n), else null: short mixed tokens are codes and brands (G4S, B2B, K9).
    /// </summary>
    public static TokenReading? Read(string token)
    {
        if (!DigitsBetweenLetters(token))
            return null;
        var digits = 0;
        // Runs of digits between letters (Pu71n) read digit by digit; a digit without a reading leaves the token a code.
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
                continue;
            if (!Table.Value.ContainsKey(c.ToString()))
                return null;
            digits++;
        }
        var letters = token.Length - digits;
        if (letters < 3 || letters <= digits)
            return null;
        return TokenReading.Build(token, Table.Value, longestKey: 1);
    }

    // Whether a run of digits has a letter on each side: Sech1n, Pu71n, not AHL1, 2004, 7UP.
    private static bool DigitsBetweenLetters(string token)
    {
        for (var i = 1; i < token.Length; i++)
        {
            if (!char.IsAsciiDigit(token[i]) || !char.IsAsciiLetter(token[i - 1]))
                continue;
            var end = i;
            while (end < token.Length && char.IsAsciiDigit(token[end]))
                end++;
            if (end < token.Length)
                return true;
        }
        return false;
    }
}
