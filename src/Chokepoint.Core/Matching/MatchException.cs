namespace Chokepoint.Matching;

/// <summary>
/// A match request that cannot be answered, with the HTTP status the API gives it (422 request validation,
/// 400 unknown schema/algorithm or empty batch, 404 unknown dataset) and a precise <see cref="Detail"/>
/// for the ProblemDetails body.
/// </summary>
public sealed class MatchException(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Detail { get; } = detail;

    public static MatchException Invalid(string detail) => new(422, detail);

    public static MatchException BadRequest(string detail) => new(400, detail);

    public static MatchException NotFound(string detail) => new(404, detail);
}
