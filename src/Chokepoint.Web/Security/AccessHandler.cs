using System.Security.Claims;
using System.Text.Encodings.Web;
using Chokepoint.Security;
using Chokepoint.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Chokepoint.Web.Security;

/// <summary>
/// The app's one authentication scheme. An API key (<c>Authorization: Bearer cpk_...</c> or <c>X-Api-Key</c>) wins;
/// a bad key is refused, never downgraded to open access. Else the session cookie, whose account is looked up on each
/// request so that disabling a user or changing a role takes effect at once. Else open access when <see cref="AccessMode"/> allows it.
/// Challenges are 401 ProblemDetails with <c>WWW-Authenticate</c> (pages redirect to /login); refusals are 403.
/// </summary>
internal sealed class AccessHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessControl access, AccessMode mode)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "chokepoint";
    public const string SessionScheme = "session";
    public const string ApiKeyHeader = "X-Api-Key";
    private const string Realm = "Bearer realm=\"chokepoint\"";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is { } key)
        {
            var byKey = await access.AuthenticateKeyAsync(key, Context.RemoteAddress(), Context.RequestAborted);
            return byKey is null ? AuthenticateResult.Fail("the API key is not valid or was revoked") : Success(byKey);
        }
        var session = await Context.AuthenticateAsync(SessionScheme);
        if (session.Succeeded && session.Principal.Identity?.Name is { } name)
        {
            var account = await access.Accounts.GetUserAsync(name, Context.RequestAborted);
            if (account is { Disabled: false })
                return Success(new Principal("user", account.Name, account.Role));
            await Context.SignOutAsync(SessionScheme);
            return AuthenticateResult.Fail("the account of this session is disabled");
        }
        return await mode.IsOpenAsync(Context) ? Success(Principal.Open) : AuthenticateResult.NoResult();
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (Request.IsPageRequest() && PresentedKey(Request) is null)
        {
            Response.Redirect($"/login?return={Uri.EscapeDataString(Request.PathBase + Request.Path + Request.QueryString)}");
            return;
        }
        Response.Headers.WWWAuthenticate = result.Failure is null ? Realm : $"{Realm}, error=\"invalid_token\"";
        await TypedResults.Problem(title: "Authentication required",
            detail: result.Failure?.Message ?? "send an API key (Authorization: Bearer cpk_... or X-Api-Key) or sign in at /login",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = Context.Items[PermissionHandler.NeededKey] as string ?? "this";
        var role = Context.User.FindFirst(ClaimTypes.Role)?.Value ?? "no";
        var detail = $"the {role} role lacks the '{needed}' permission";
        if (Request.IsPageRequest() && PresentedKey(Request) is null)
        {
            await Html.Page("Not allowed", $"<h1>Not allowed</h1><p>{Html.E(detail)}.</p><p><a href=\"/app\">Back to search</a></p>", status: 403).ExecuteAsync(Context);
            return;
        }
        await TypedResults.Problem(title: "Forbidden", detail: detail, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
    }

    /// <summary>The API key a request presents, or null when it presents none (an Authorization header of another scheme counts as a bad key).</summary>
    internal static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(ApiKeyHeader, out var header) && header.ToString() is { Length: > 0 } key)
            return key;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
            return null;
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : authorization;
    }

    private AuthenticateResult Success(Principal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(WebPrincipal.ToClaims(principal, SchemeName), SchemeName));
}
