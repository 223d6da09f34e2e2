using Chokepoint.Search;
using Chokepoint.Storage;
using Chokepoint.Web.Entities;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Search;

/// <summary><c>GET /search/{dataset}</c>: name search with facets; <c>default</c> searches every dataset.</summary>
public static class SearchApi
{
    public const string AllDatasets = "default";

    public sealed record SearchHitJson(EntityJson Entity, double Score, string MatchedName, string Explanation);

    public sealed record SearchJson(int Total, int Limit, int Offset, bool Truncated, IReadOnlyList<SearchHitJson> Results,
        IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

    public static void MapSearch(this IEndpointRouteBuilder app) =>
        app.MapGet("/search/{dataset}", async Task<Results<Ok<SearchJson>, ProblemHttpResult>> (
            string dataset, string? q, string[]? schema, string[]? countries, string[]? topics, string[]? datasets, int? limit, int? offset,
            IStore store, ISearchIndex index, CancellationToken cancellationToken) =>
        {
            var query = await BuildQueryAsync(store, dataset, q, schema, countries, topics, datasets, limit, offset, cancellationToken);
            if (query is null)
                return Problems.NotFound($"no dataset '{dataset}'");
            if (query.Text.Length > 500)
                return Problems.BadRequest("q is longer than 500 characters");
            var result = await index.SearchAsync(query, cancellationToken);
            var hits = result.Hits.Select(h => new SearchHitJson(EntityJson.Flat(h.Entity), h.Score, h.MatchedName, h.Explanation)).ToList();
            return TypedResults.Ok(new SearchJson(result.Total, query.Limit, query.Offset, result.Truncated, hits, result.Facets));
        }).WithTags("search").WithSummary("Search entities by name with facets (schema, countries, datasets, topics), paged");

    /// <summary>The query for a request; null when the dataset does not exist.</summary>
    public static async Task<SearchQuery?> BuildQueryAsync(IStore store, string dataset, string? q, string[]? schema, string[]? countries,
        string[]? topics, string[]? datasets, int? limit, int? offset, CancellationToken cancellationToken)
    {
        if (dataset != AllDatasets && await store.View.GetDatasetAsync(dataset, cancellationToken) is null)
            return null;
        return new SearchQuery
        {
            Text = q?.Trim() ?? "",
            Dataset = dataset == AllDatasets ? null : dataset,
            Schemata = Clean(schema),
            Countries = Clean(countries),
            Topics = Clean(topics),
            Datasets = Clean(datasets),
            Limit = Problems.Clamp(limit, 20, SearchQuery.MaxLimit),
            Offset = Math.Max(0, offset ?? 0),
        };
    }

    private static string[] Clean(string[]? values) => values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() ?? [];
}
