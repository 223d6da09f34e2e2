using Chokepoint.Coverage;
using Chokepoint.Web.Graph;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Coverage;

/// <summary><c>GET /coverage</c> (which authorities sanction each entity of a scope) and <c>GET /gaps</c> (where coverage leaves the network open).</summary>
public static class CoverageApi
{
    public static void MapCoverage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/coverage", Task<Results<Ok<CoverageMatrix>, ProblemHttpResult>> (
            string? dataset, string? topic, string? authority, string? matcher, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
            Problems.OkOrProblemAsync(() => analyses.CoverageAsync(dataset, topic, authority, matcher, cancellationToken)))
            .WithTags("network").WithSummary("Coverage matrix of a dataset or topic: per entity, each authority's listing (since, programs, Sanction ids); matcher name-key or engine, optionally one authority");
        app.MapGet("/gaps", Task<Results<Ok<GapReport>, ProblemHttpResult>> (
            string? dataset, string? topic, string? matcher, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
            Problems.OkOrProblemAsync(() => analyses.GapsAsync(dataset, topic, matcher, cancellationToken)))
            .WithTags("network").WithSummary("Gap report: entities listed by some loaded authorities but not others, and unlisted owners, suppliers, subsidiaries, directors of listed ones");
    }
}
