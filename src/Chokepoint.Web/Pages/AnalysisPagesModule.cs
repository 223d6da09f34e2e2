using Chokepoint.Storage;
using Chokepoint.Web.Graph;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Pages;

/// <summary>The network analysis pages under <c>/app</c>: coverage, gaps, ownership, paths, chokepoints. Bad input is shown on the page with its status.</summary>
public static class AnalysisPagesModule
{
    public static void MapAnalysisPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/app").ExcludeFromDescription();
        pages.MapGet("/coverage", async (string? dataset, string? topic, string? authority, string? matcher, IStore store, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
        {
            var query = new ScopeQuery(dataset, topic, matcher, authority);
            var (matrix, error) = query.IsEmpty ? default : await TryAsync(() => analyses.CoverageAsync(dataset, topic, authority, matcher, cancellationToken));
            return CoveragePage.Render(await DatasetNamesAsync(store, cancellationToken), query, matrix, error);
        });
        pages.MapGet("/gaps", async (string? dataset, string? topic, string? matcher, IStore store, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
        {
            var query = new ScopeQuery(dataset, topic, matcher, null);
            var (report, error) = query.IsEmpty ? default : await TryAsync(() => analyses.GapsAsync(dataset, topic, matcher, cancellationToken));
            return GapsPage.Render(await DatasetNamesAsync(store, cancellationToken), query, report, error);
        });
        pages.MapGet("/ownership", async (string? authority, string? offset, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
        {
            var (page, error) = await TryAsync(() => analyses.BlockedAsync(authority, "100", offset, cancellationToken));
            return OwnershipPage.Blocked(page, string.IsNullOrWhiteSpace(authority) ? null : authority, error);
        });
        pages.MapGet("/entities/{id}/ownership", async (string id, string? authority, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
        {
            var (report, error) = await TryAsync(() => analyses.ExplainOwnershipAsync(id, authority, cancellationToken));
            if (error is not null)
                return error.Parameter == "id" ? Html.NotFound(error.Message) : OwnershipPage.Blocked(null, authority, error);
            return OwnershipPage.Explain(report!, string.IsNullOrWhiteSpace(authority) ? null : authority);
        });
        pages.MapGet("/paths", async (string? from, string? to, [FromQuery(Name = "max_hops")] string? maxHops, string? k, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
        {
            var query = new PathsPage.Query(from, to, maxHops, k);
            if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
                return PathsPage.Render(query, null, null, null);
            var (found, error) = await TryAsync(() => analyses.PathsAsync(from, to, maxHops, k, cancellationToken));
            return PathsPage.Render(query, found.Report, found.Report is null ? null : GraphView.ForPaths(found.Report, found.Graph), error);
        });
        pages.MapGet("/chokepoints", async (string? dataset, string? remove, IStore store, NetworkAnalyses analyses, CancellationToken cancellationToken) =>
        {
            var (found, error) = await TryAsync(() => analyses.ChokepointsAsync(dataset, remove, null, cancellationToken));
            var removed = string.IsNullOrWhiteSpace(remove) ? null : remove.Trim();
            return ChokepointsPage.Render(await DatasetNamesAsync(store, cancellationToken), dataset, removed, found.Report,
                found.Report is null ? null : GraphView.ForSupply(found.Report, found.Graph), error);
        });
    }

    private static async Task<(T? Result, ParameterException? Error)> TryAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return (await work(), null);
        }
        catch (ParameterException error)
        {
            return (default, error);
        }
    }

    private static async Task<IReadOnlyList<string>> DatasetNamesAsync(IStore store, CancellationToken cancellationToken) =>
        [.. (await store.View.ListDatasetsAsync(cancellationToken)).Select(d => d.Name)];
}
