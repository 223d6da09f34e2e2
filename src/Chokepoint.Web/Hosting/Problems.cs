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

    public static int Clamp(int? value, int fallback, int max) => Math.Clamp(value ?? fallback, 1, max);
}
