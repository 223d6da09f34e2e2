using Chokepoint.Graph.Paths;
using Chokepoint.Web.Graph;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Paths;

/// <summary><c>GET /paths?from=&amp;to=</c>: the k shortest evidence-backed paths between two entities.</summary>
public static class PathsApi
{
    public static void MapPaths(this IEndpointRouteBuilder app) =>
        app.MapGet("/paths", Task<Results<Ok<PathReport>, ProblemHttpResult>> (
            string? from, string? to, [FromQuery(Name = "max_hops")] string? maxHops, string? k, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
            Problems.OkOrProblemAsync(async () => (await analyses.PathsAsync(from, to, maxHops, k, cancellationToken)).Report))
            .WithTags("network").WithSummary("The k (default 5, at most 25) shortest paths of at most max_hops (default 4, at most 8) relations between two entities, each relation with its sources");
}
