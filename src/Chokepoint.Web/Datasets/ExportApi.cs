using Chokepoint.Security;
using Chokepoint.Sources.Ftm;
using Chokepoint.Storage;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Chokepoint.Web.Datasets;

/// <summary>
/// <c>GET /datasets/{name}/export</c>: a dataset as FollowTheMoney JSON lines (<c>default</c> exports every dataset).
/// Each export is audited. Protected sources' identities are never in it: they are not in the statements at all.
/// </summary>
public static class ExportApi
{
    public static void MapExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/datasets/{name}/export", async Task<IResult> (string name, IStore store, IAuditSink audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            var dataset = name == Search.SearchApi.AllDatasets ? null : name;
            if (dataset is not null && await store.View.GetDatasetAsync(dataset, cancellationToken) is null)
                return Problems.NotFound($"no dataset '{name}'");
            await audit.RecordAsync(context.AuditContext().Entry("export", dataset ?? "(all)", "ftm over HTTP"), cancellationToken);
            // The FtM writer writes each line synchronously; allowed for this streamed download only.
            if (context.Features.Get<IHttpBodyControlFeature>() is { } body)
                body.AllowSynchronousIO = true;
            return Results.Stream(stream => FtmExporter.ExportAsync(store.View, dataset, stream, cancellationToken: cancellationToken),
                "application/x-ndjson", fileDownloadName: $"{dataset ?? "all"}.ftm.json");
        }).RequirePermission(Permissions.Read).WithTags("datasets")
            .WithSummary("Export a dataset (or 'default': all) as FollowTheMoney JSON lines; audited; protected source identities are never included");
}
