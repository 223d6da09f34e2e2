namespace Chokepoint.Statements;

/// <summary>
/// Admiralty code: source reliability A (completely reliable) to F (cannot be judged) and
/// information credibility 1 (confirmed) to 6 (cannot be judged). Official lists are A1.
/// </summary>
public readonly record struct Grading(char Reliability, int Credibility)
{
    public static readonly Grading OfficialList = new('A', 1);

    public static bool TryParse(string? text, out Grading grading)
    {
        grading = default;
        if (text is not { Length: 2 })
            return false;
        var reliability = char.ToUpperInvariant(text[0]);
        if (reliability is < 'A' or > 'F' || text[1] is < '1' or > '6')
            return false;
        grading = new Grading(reliability, text[1] - '0');
        return true;
    }

    public static Grading Parse(string text) =>
        TryParse(text, out var grading) ? grading : throw new FormatException($"'{text}' is not an Admiralty grading (A-F followed by 1-6, e.g. B2)");

    public override string ToString() => $"{Reliability}{Credibility}";
}
