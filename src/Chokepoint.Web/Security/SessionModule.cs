using System.Globalization;
using System.Security.Claims;
using Chokepoint.Security;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Chokepoint.Web.Security;

/// <summary>
/// <c>GET/POST /login</c> and <c>POST /logout</c>: password sign-in for the web UI with a cookie session. Failed and
/// throttled attempts are audited by the core; a throttled one answers 429 with <c>Retry-After</c>.
/// </summary>
public static class SessionModule
{
    public static void MapSessions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (string? @return, HttpContext context, IAntiforgery antiforgery) =>
            LoginPage.Render(antiforgery.GetAndStoreTokens(context).RequestToken!, SafeReturn(@return)))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/login", async Task<IResult> (HttpContext context, AccessControl access, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            if (!context.Request.HasFormContentType)
                return Problems.BadRequest("send the sign-in form: user, password, __RequestVerificationToken");
            if (!await antiforgery.IsRequestValidAsync(context))
                return Problems.BadRequest("the antiforgery token is missing or not valid; reload the sign-in page");
            var form = await context.Request.ReadFormAsync(cancellationToken);
            var (user, password, next) = (form["user"].ToString(), form["password"].ToString(), SafeReturn(form["return"]));
            var token = antiforgery.GetAndStoreTokens(context).RequestToken!;
            if (user.Length == 0 || password.Length == 0)
                return LoginPage.Render(token, next, user, "Enter a user name and a password.", 400);
            var result = await access.AuthenticatePasswordAsync(user, password, context.RemoteAddress(), cancellationToken);
            if (result.Throttled)
            {
                var seconds = (int)Math.Ceiling(result.RetryAfter.TotalSeconds);
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var detail = $"too many failed sign-ins; try again in {seconds} s";
                return WantsHtml(context.Request)
                    ? LoginPage.Render(token, next, user, $"Too many failed sign-ins; try again in {seconds} seconds.", 429)
                    : TypedResults.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests);
            }
            if (result.Principal is not { } principal)
                return LoginPage.Render(token, next, user, "The user name or the password is wrong.", 401);
            await context.SignInAsync(AccessHandler.SessionScheme,
                new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, principal.Name)], AccessHandler.SessionScheme)));
            return Results.Redirect(next);
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/logout", async (HttpContext context, IAuditSink audit, CancellationToken cancellationToken) =>
        {
            if (context.Principal() is { Kind: "user" })
            {
                await audit.RecordAsync(context.AuditContext().Entry("logout", null, null), cancellationToken);
                await context.SignOutAsync(AccessHandler.SessionScheme);
            }
            return Results.Redirect("/login");
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>A local path to go to after sign-in; anything else (another host, "//host", "/\host") becomes /app.</summary>
    internal static string SafeReturn(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || (u[1] != '/' && u[1] != '\\')) && !u.Any(char.IsControl) ? u : "/app";

    private static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
