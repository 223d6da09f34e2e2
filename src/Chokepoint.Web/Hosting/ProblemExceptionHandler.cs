using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Every unhandled exception becomes a ProblemDetails: request-size and bad-request errors keep their status (413, 400);
/// anything else is a generic 500 that never carries the exception's message or stack trace.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Antiforgery wraps a body that broke the size limit while its form was read; the limit is what the client must hear.
        var cause = exception.InnerException is BadHttpRequestException inner && exception is Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException ? inner : exception;
        var (status, title) = cause switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "The request body is too large"),
            InvalidDataException e when e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) => (413, "The request body is too large"),
            BadHttpRequestException bad => (bad.StatusCode, "The request is not valid"),
            _ => (500, "An unexpected error occurred"),
        };
        if (status == 500)
            logger.LogError(exception, "unhandled error on {Path}", context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
            Exception = null,
        });
    }
}
