using Chokepoint.Matching;
using Chokepoint.Web.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Hosting;

/// <summary>The API's ProblemDetails responses.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: "Not found", detail: what, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "The request is not valid", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(title: "The request body is too large", detail: $"the limit is {limit:N0} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>A parameter the analyses could not use, with the parameter's name as the <c>parameter</c> extension.</summary>
    public static ProblemHttpResult Of(ParameterException error) =>
        TypedResults.Problem(title: error.Status == StatusCodes.Status404NotFound ? "Not found" : "The request is not valid", detail: error.Message,
            statusCode: error.Status, extensions: new Dictionary<string, object?> { ["parameter"] = error.Parameter });

    /// <summary>A match request the matcher rejected: 404 for an unknown dataset, 400 or 422 for the request.</summary>
    public static ProblemHttpResult Of(MatchException error) =>
        TypedResults.Problem(title: error.Status == StatusCodes.Status404NotFound ? "Not found" : "The request is not valid", detail: error.Detail, statusCode: error.Status);

    /// <summary>200 with <paramref name="work"/>'s result, or the ProblemDetails of the parameter it rejected.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> OkOrProblemAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return TypedResults.Ok(await work());
        }
        catch (ParameterException error)
        {
            return Of(error);
        }
    }

    public static int Clamp(int? value, int fallback, int max) => Math.Clamp(value ?? fallback, 1, max);
}
