using Chokepoint.Matching;
using Chokepoint.Matching.Algorithms;
using Chokepoint.Security;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Matching;

/// <summary><c>POST /match/{dataset}</c>: yente's request and response shape, so existing yente clients work unchanged.</summary>
public static class MatchApi
{
    public static void MapMatching(this IEndpointRouteBuilder app) =>
        app.MapPost("/match/{dataset}", async Task<Results<JsonHttpResult<MatchResponse>, ProblemHttpResult>> (
            string dataset, HttpRequest request, MatchService service, CancellationToken cancellationToken,
            string? algorithm, double? threshold, double? cutoff, int? limit, bool? fuzzy, bool? transliterate,
            [FromQuery(Name = "include_dataset")] string[]? includeDataset,
            [FromQuery(Name = "exclude_dataset")] string[]? excludeDataset,
            [FromQuery(Name = "exclude_schema")] string[]? excludeSchema,
            [FromQuery(Name = "exclude_entity_ids")] string[]? excludeEntityIds,
            [FromQuery(Name = "topics")] string[]? topics,
            [FromQuery(Name = "changed_since")] string? changedSince) =>
        {
            try
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync(cancellationToken);
                var parameters = new MatchParameters
                {
                    Algorithm = algorithm ?? MatchAlgorithms.DefaultName,
                    Threshold = threshold ?? MatchAlgorithms.DefaultThreshold,
                    Cutoff = cutoff,
                    Limit = limit ?? 5,
                    Fuzzy = fuzzy ?? false,
                    Transliterate = transliterate ?? true,
                    IncludeDataset = includeDataset ?? [],
                    ExcludeDataset = excludeDataset ?? [],
                    ExcludeSchema = excludeSchema ?? [],
                    ExcludeEntityIds = excludeEntityIds ?? [],
                    Topics = topics ?? [],
                    ChangedSince = changedSince,
                };
                var matcher = await service.GetAsync(cancellationToken);
                return TypedResults.Json(matcher.Match(dataset, MatchRequest.Parse(body), parameters));
            }
            catch (MatchException error)
            {
                return Problems.Of(error);
            }
        }).RequirePermission(Permissions.Screen).WithTags("matching").WithSummary("Match entities against the loaded lists (yente-compatible): queries {key: {schema, properties}} → scored, explained results");
}
