namespace Chokepoint.Names;

/// <summary>Roman numerals from II to XXXIX written as one lower-case token (fund vintages, plant numbers, ship names).</summary>
internal static class RomanNumeral
{
    private static readonly HashSet<string> Numerals = [.. Enumerable.Range(2, 38).Select(Write)];

    public static bool Is(string token) => token.Length is >= 2 and <= 6 && Numerals.Contains(token);

    private static string Write(int value)
    {
        var tens = new string('x', value / 10);
        string[] units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        return tens + units[value % 10];
    }
}
