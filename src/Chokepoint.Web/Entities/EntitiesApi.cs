using Chokepoint.Graph;
using Chokepoint.Security;
using Chokepoint.Storage;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Entities;

/// <summary><c>GET /entities/{id}</c> (yente's shape plus statements and relations) and <c>GET /entities/{id}/expand</c> (graph neighbours, paged).</summary>
public static class EntitiesApi
{
    public const int MaxExpand = 300;

    public static void MapEntities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/entities").WithTags("entities");
        group.MapGet("/{id}", async Task<Results<Ok<EntityJson>, ProblemHttpResult>> (
            string id, IStore store, IAuditSink audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            return await ProtectedEvidence.LoadProfileAsync(store, audit, context, id, cancellationToken) is { } profile
                ? TypedResults.Ok(EntityJson.From(profile))
                : Problems.NotFound($"no entity '{id}'");
        })
            .WithSummary("An entity with nested adjacent entities, every statement with its source and grading, and its relations");
        group.MapGet("/{id}/expand", async Task<Results<Ok<NetworkExpansion>, ProblemHttpResult>> (
            string id, int? limit, int? offset, IStore store, CancellationToken cancellationToken) =>
        {
            if (await store.View.GetEntityAsync(id, cancellationToken) is not { } entity)
                return Problems.NotFound($"no entity '{id}'");
            var page = Problems.Clamp(limit, 100, MaxExpand);
            return TypedResults.Ok(await NetworkBuilder.ExpandAsync(store.View, store.Model, entity, page, Math.Max(0, offset ?? 0), cancellationToken));
        }).WithSummary("Nodes and labelled edges adjacent to an entity, for the network view; 'more' says another page of incoming relations exists");
    }
}
