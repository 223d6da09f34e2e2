using Chokepoint.Storage;

namespace Chokepoint.Web.Health;

/// <summary><c>GET /health</c>: the app is up and its store answers.</summary>
public static class HealthApi
{
    public sealed record HealthJson(string Status, int Datasets);

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (IStore store, CancellationToken cancellationToken) =>
            TypedResults.Ok(new HealthJson("ok", (await store.View.ListDatasetsAsync(cancellationToken)).Count)))
            .WithTags("health").WithSummary("Liveness and store check").AllowAnonymous();
}
