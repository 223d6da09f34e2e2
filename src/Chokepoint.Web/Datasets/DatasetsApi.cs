using Chokepoint.Datasets;
using Chokepoint.Storage;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Datasets;

/// <summary><c>GET /datasets</c> and <c>GET /datasets/{name}</c>: what is loaded, its releases, counts and license.</summary>
public static class DatasetsApi
{
    public sealed record DatasetJson(DatasetInfo Dataset, IReadOnlyList<ReleaseInfo> Releases, IReadOnlyList<SourceInfo>? Sources = null);

    public static void MapDatasets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/datasets").WithTags("datasets");
        group.MapGet("/", async (IStore store, CancellationToken cancellationToken) =>
        {
            var result = new List<DatasetJson>();
            foreach (var dataset in await store.View.ListDatasetsAsync(cancellationToken))
                result.Add(new DatasetJson(dataset, await store.View.ListReleasesAsync(dataset.Name, cancellationToken)));
            return TypedResults.Ok(result);
        }).WithSummary("Every loaded dataset with its releases");
        group.MapGet("/{name}", async Task<Results<Ok<DatasetJson>, ProblemHttpResult>> (string name, IStore store, CancellationToken cancellationToken) =>
        {
            if (await store.View.GetDatasetAsync(name, cancellationToken) is not { } dataset)
                return Problems.NotFound($"no dataset '{name}'");
            return TypedResults.Ok(new DatasetJson(dataset,
                await store.View.ListReleasesAsync(name, cancellationToken),
                await store.View.ListSourcesAsync(name, cancellationToken)));
        }).WithSummary("One dataset with its releases and sources");
    }
}
