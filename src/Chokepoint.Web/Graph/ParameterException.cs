namespace Chokepoint.Web.Graph;

/// <summary>A query parameter the analyses cannot use: 400 when it is malformed, 404 when what it names does not exist.</summary>
public sealed class ParameterException(string parameter, int status, string detail) : Exception(detail)
{
    public string Parameter { get; } = parameter;

    public int Status { get; } = status;

    public static ParameterException Invalid(string parameter, string detail) => new(parameter, StatusCodes.Status400BadRequest, detail);

    public static ParameterException Missing(string parameter, string what) => new(parameter, StatusCodes.Status404NotFound, what);
}
