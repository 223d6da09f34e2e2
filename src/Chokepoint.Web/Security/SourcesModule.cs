using Chokepoint.Security;
using Chokepoint.Storage;
using Chokepoint.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace Chokepoint.Web.Security;

/// <summary>
/// <c>GET /app/sources/{id}</c>: a source page, redacted when protected; <c>POST /app/sources/{id}/reveal</c>: decrypt a
/// protected source's identity for the protected_sources permission (admin), recorded in the audit log.
/// </summary>
public static class SourcesModule
{
    /// <summary>Configuration key of the key file (CHOKEPOINT_KEY_FILE, else the user's config folder, otherwise).</summary>
    public const string KeyFileSetting = "Chokepoint:KeyFile";

    public static void MapSources(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/app/sources").ExcludeFromDescription();
        group.MapGet("/{id}", async (string id, HttpContext context, IStore store, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
            await store.View.GetSourceAsync(id, cancellationToken) is { } source
                ? SourcePage.Render(await ProtectedEvidence.RedactAsync(store, source, cancellationToken), context.Can(Permissions.ProtectedSources), antiforgery.GetAndStoreTokens(context).RequestToken!)
                : Html.NotFound($"No source has the id '{id}'."));
        group.MapPost("/{id}/reveal", async (string id, HttpContext context, IStore store, IAuditSink audit, IConfiguration configuration,
            IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            if (await store.View.GetSourceAsync(id, cancellationToken) is not { } stored
                || await ProtectedEvidence.RedactAsync(store, stored, cancellationToken) is not { } source || !ProtectedEvidence.IsProtected(source))
                return Html.NotFound($"No protected source has the id '{id}'.");
            var sources = ProtectedSources.Open(SecurityDb.For(store), configuration[KeyFileSetting], audit);
            var fields = await sources.RevealAsync(context.Principal()!, id, context.RemoteAddress(), cancellationToken) ?? new ProtectedFields(null, null, null);
            return SourcePage.Render(source, canReveal: true, antiforgery.GetAndStoreTokens(context).RequestToken!, fields);
        }).RequirePermission(Permissions.ProtectedSources).DisableAntiforgery();
    }
}
