namespace Chokepoint.Screening;

/// <summary>An input row that could not be screened, with the reason; the other rows are screened anyway.</summary>
public sealed record ScreeningError(int Line, string Message);
