namespace Chokepoint.Screening;

/// <summary>One name to screen, from line <see cref="Line"/> of the input (1-based; pasted names count lines too).</summary>
public sealed record ScreeningQuery(int Line, string Name, string? Schema = null, string? Country = null)
{
    public const int MaxNameLength = 500;
}
