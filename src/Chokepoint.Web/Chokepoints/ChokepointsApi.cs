using Chokepoint.Graph.Chokepoints;
using Chokepoint.Web.Graph;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Chokepoints;

/// <summary><c>GET /chokepoints</c>: chokepoints of the supply network, and what removing one entity would cut.</summary>
public static class ChokepointsApi
{
    public static void MapChokepoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/chokepoints", Task<Results<Ok<ChokepointReport>, ProblemHttpResult>> (
            string? dataset, string? remove, string? top, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
            Problems.OkOrProblemAsync(async () => (await analyses.ChokepointsAsync(dataset, remove, top, cancellationToken)).Report))
            .WithTags("network").WithSummary("Single-supplier products, articulation points and betweenness of the Supply network (one dataset or the whole store); remove=ID: products and flows that lose their only supplier");
}
