using Microsoft.AspNetCore.Antiforgery;

namespace Chokepoint.Web.Security;

/// <summary>
/// CSRF defence for state-changing requests (anything but GET, HEAD, OPTIONS, TRACE). Requests authenticated by an API
/// key pass: a browser never adds that header on its own. Any other request a browser marks as cross-site
/// (<c>Sec-Fetch-Site: cross-site</c>, or an <c>Origin</c> other than this host) is refused, which also covers open access.
/// A request with a session cookie must carry the antiforgery token (form field or <c>X-CSRF-TOKEN</c> header).
/// </summary>
internal sealed class CrossSiteGuard(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method)
            || context.Principal()?.Kind == "key")
        {
            await next(context);
            return;
        }
        if (IsCrossSite(context.Request))
        {
            await Refuse(context, "a cross-site request may not change anything here");
            return;
        }
        if (context.Request.Cookies.ContainsKey(AccessSetup.SessionCookie) && !await antiforgery.IsRequestValidAsync(context))
        {
            await Refuse(context, "the antiforgery token is missing or not valid; reload the page and try again");
            return;
        }
        await next(context);
    }

    private static bool IsCrossSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() == "cross-site")
            return true;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static Task Refuse(HttpContext context, string detail) =>
        TypedResults.Problem(title: "Forbidden", detail: detail, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
}
