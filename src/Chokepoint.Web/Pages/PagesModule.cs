using Chokepoint.Graph;
using Chokepoint.Search;
using Chokepoint.Security;
using Chokepoint.Storage;
using Chokepoint.Web.Datasets;
using Chokepoint.Web.Search;
using Chokepoint.Web.Security;

namespace Chokepoint.Web.Pages;

/// <summary>The server-rendered UI under <c>/app</c>; <c>/</c> redirects there. Handlers load through the core and render.</summary>
public static class PagesModule
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Redirect("/app")).ExcludeFromDescription();
        var pages = app.MapGroup("/app").ExcludeFromDescription();
        pages.MapGet("/", async (string? q, string[]? schema, string[]? countries, string[]? topics, string[]? datasets, int? offset,
            IStore store, ISearchIndex index, CancellationToken cancellationToken) =>
        {
            var query = (await SearchApi.BuildQueryAsync(store, SearchApi.AllDatasets, q, schema, countries, topics, datasets, 20, offset, cancellationToken))!;
            return SearchPage.Render(query, await index.SearchAsync(query, cancellationToken));
        });
        pages.MapGet("/entities/{id}", async (string id, IStore store, IAuditSink audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            return await ProtectedEvidence.LoadProfileAsync(store, audit, context, id, cancellationToken) is { } profile
                ? EntityPage.Render(profile)
                : Html.NotFound($"No entity has the id '{id}'.");
        });
        pages.MapGet("/network/{id}", async (string id, IStore store, CancellationToken cancellationToken) =>
            await store.View.GetEntityAsync(id, cancellationToken) is { } entity ? ToolPages.Network(entity.Id, entity.Caption) : Html.NotFound($"No entity has the id '{id}'."));
        pages.MapGet("/screening", ToolPages.Screening);
        pages.MapGet("/datasets", async (IStore store, CancellationToken cancellationToken) =>
        {
            var result = new List<DatasetsApi.DatasetJson>();
            foreach (var dataset in await store.View.ListDatasetsAsync(cancellationToken))
                result.Add(new DatasetsApi.DatasetJson(dataset, await store.View.ListReleasesAsync(dataset.Name, cancellationToken)));
            return DatasetsPage.Render(result);
        });
    }
}
