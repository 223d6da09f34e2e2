using Chokepoint.Graph.Ownership;
using Chokepoint.Web.Graph;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Ownership;

/// <summary><c>GET /entities/{id}/ownership</c> (the 50% rule explained for one entity) and <c>GET /ownership/blocked</c> (every entity it blocks).</summary>
public static class OwnershipApi
{
    public static void MapOwnership(this IEndpointRouteBuilder app)
    {
        app.MapGet("/entities/{id}/ownership", Task<Results<Ok<OwnershipReport>, ProblemHttpResult>> (
            string id, string? authority, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
            Problems.OkOrProblemAsync(() => analyses.ExplainOwnershipAsync(id, authority, cancellationToken)))
            .WithTags("network").WithSummary("Aggregate ownership (OFAC 50% rule) of one entity: status, share held by blocked owners, owners, unknown shares, reason chains");
        app.MapGet("/ownership/blocked", Task<Results<Ok<BlockedPage>, ProblemHttpResult>> (
            string? authority, string? limit, string? offset, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
            Problems.OkOrProblemAsync(() => analyses.BlockedAsync(authority, limit, offset, cancellationToken)))
            .WithTags("network").WithSummary("Entities blocked by aggregate ownership without being listed, largest blocked share first, with chains; paged by limit and offset");
    }
}
