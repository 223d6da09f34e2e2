using System.Security.Claims;
using Chokepoint.Security;

namespace Chokepoint.Web.Security;

/// <summary>The core's <see cref="Principal"/> carried as claims on <see cref="HttpContext.User"/>, and the request's audit context.</summary>
public static class WebPrincipal
{
    public const string KindClaim = "chokepoint:kind";

    public static ClaimsPrincipal ToClaims(Principal principal, string scheme) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, principal.Name), new Claim(ClaimTypes.Role, principal.Role), new Claim(KindClaim, principal.Kind)],
        scheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>Who is acting on this request; null when nobody authenticated.</summary>
    public static Principal? Principal(this HttpContext context) =>
        context.User.FindFirst(KindClaim) is { } kind && context.User.Identity?.Name is { } name && context.User.FindFirst(ClaimTypes.Role) is { } role
            ? new Principal(kind.Value, name, role.Value)
            : null;

    public static bool Can(this HttpContext context, string permission) => AccessControl.Can(context.Principal(), permission);

    public static string? RemoteAddress(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    /// <summary>The actor and remote address audit records of this request carry.</summary>
    public static AuditContext AuditContext(this HttpContext context) =>
        new(context.Principal()?.Name ?? "anonymous", context.RemoteAddress());

    /// <summary>Pages and the API docs answer an anonymous browser with a redirect to /login; everything else is API and answers ProblemDetails.</summary>
    public static bool IsPageRequest(this HttpRequest request) =>
        request.Path == "/" || request.Path.StartsWithSegments("/app") || request.Path.StartsWithSegments("/docs");
}
