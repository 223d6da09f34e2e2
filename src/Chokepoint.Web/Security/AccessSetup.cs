using Chokepoint.Security;
using Chokepoint.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Chokepoint.Web.Security;

/// <summary>
/// Default-deny access for every endpoint: one authentication scheme (<see cref="AccessHandler"/>), one fallback policy
/// (read for GET/HEAD, edit for anything else) for endpoints that declare no permission, cookie sessions for the web UI,
/// antiforgery tokens and <see cref="CrossSiteGuard"/> for state-changing requests. Only /health, /login, /logout and
/// /assets are anonymous. An endpoint that binds a form ([FromForm], IFormFile) should call <c>.DisableAntiforgery()</c>:
/// ASP.NET Core's own check would otherwise refuse API-key clients, and <see cref="CrossSiteGuard"/> already covers it.
/// </summary>
public static class AccessSetup
{
    public const string SessionCookie = "chokepoint_session";
    public const string AntiforgeryCookie = "chokepoint_csrf";

    public static void AddChokepointAccess(this IServiceCollection services)
    {
        services.AddSingleton(s => AccessControl.For(s.GetRequiredService<IStore>()));
        services.AddSingleton<IAuditSink>(s => new AuditLog(SecurityDb.For(s.GetRequiredService<IStore>())));
        services.AddSingleton<AccessMode>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthentication(AccessHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AccessHandler>(AccessHandler.SchemeName, null)
            .AddCookie(AccessHandler.SessionScheme, o =>
            {
                o.Cookie.Name = SessionCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        services.AddAuthorization(o => o.FallbackPolicy = EndpointAccess.Policy(null));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CrossSiteGuard.HeaderName;
            o.Cookie.Name = AntiforgeryCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    public static void UseChokepointAccess(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CrossSiteGuard>();
    }
}
