using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace Chokepoint.Web.Hosting;

/// <summary>Serves <c>wwwroot/</c> (app scripts, styles, Cytoscape.js and Leaflet from npm) from the assembly, under <c>/assets/</c>.</summary>
internal static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{**path}", (string path, HttpContext context) =>
        {
            var stream = Assembly.GetManifestResourceStream($"wwwroot/{path}");
            if (stream is null || path.Contains("..", StringComparison.Ordinal))
                return Results.Problem(title: "Not found", detail: $"no asset '{path}'", statusCode: StatusCodes.Status404NotFound);
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Stream(stream, ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
        }).ExcludeFromDescription().AllowAnonymous();
}
