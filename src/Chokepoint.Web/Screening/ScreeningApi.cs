using Chokepoint.Matching;
using Chokepoint.Matching.Algorithms;
using Chokepoint.Screening;
using Chokepoint.Security;
using Chokepoint.Storage;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Matching;
using Chokepoint.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Screening;

/// <summary>
/// <c>POST /screening</c>: screen pasted names or an uploaded CSV (multipart form fields <c>names</c>, <c>file</c>,
/// <c>dataset</c>, <c>threshold</c>) with the matching engine of <c>/match</c> (default threshold 0.7); broken rows are
/// listed as errors and the rest screened. False-positive judgements are remembered per name and excluded next time.
/// </summary>
public static class ScreeningApi
{
    public sealed record FalsePositiveJson(string Query, string EntityId);

    public static void MapScreening(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/screening").WithTags("screening");
        group.MapPost("/", async Task<Results<Ok<ScreeningResult>, ProblemHttpResult>> (HttpRequest request, IStore store, MatchService matching, CancellationToken cancellationToken) =>
        {
            if (request.ContentLength > ChokepointWeb.MaxUploadBytes)
                return Problems.TooLarge(ChokepointWeb.MaxUploadBytes);
            if (!request.HasFormContentType)
                return Problems.BadRequest("send a form with 'names' (one per line) or a CSV 'file'");
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile("file");
            byte[] content;
            if (file is { Length: > 0 })
            {
                using var upload = new MemoryStream();
                await file.CopyToAsync(upload, cancellationToken);
                content = upload.ToArray();
            }
            else
                content = System.Text.Encoding.UTF8.GetBytes(form["names"].ToString());
            var input = ScreeningCsv.Read(content, Screener.MaxRows);
            if (input.Queries.Count == 0 && input.Errors.Count == 0)
                return Problems.BadRequest("no names to screen");
            var dataset = form["dataset"].ToString() is { Length: > 0 } d && d != "default" ? d : null;
            var threshold = double.TryParse(form["threshold"], System.Globalization.CultureInfo.InvariantCulture, out var t) ? Math.Clamp(t, 0, 1) : MatchAlgorithms.DefaultThreshold;
            var screener = new Screener(await matching.GetAsync(cancellationToken), store.View);
            try
            {
                return TypedResults.Ok(await screener.ScreenAsync(input, dataset, 5, threshold, cancellationToken));
            }
            catch (MatchException error)
            {
                return Problems.Of(error);
            }
        }).DisableAntiforgery().RequirePermission(Permissions.Screen).WithSummary("Screen names (pasted or CSV) and return scored, explained matches");
        group.MapPost("/false-positives", async Task<Results<NoContent, ProblemHttpResult>> (
            FalsePositiveJson body, IStore store, IAuditSink audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(body.Query) || string.IsNullOrWhiteSpace(body.EntityId))
                return Problems.BadRequest("query and entity_id are required");
            if (await store.View.GetEntityAsync(body.EntityId, cancellationToken) is null)
                return Problems.NotFound($"no entity '{body.EntityId}'");
            await store.AddFalsePositiveAsync(Screener.QueryKey(body.Query), body.EntityId, body.Query, cancellationToken);
            await audit.RecordAsync(context.AuditContext().Entry("judgement.false_positive", body.EntityId, $"query {body.Query}"), cancellationToken);
            return TypedResults.NoContent();
        }).RequirePermission(Permissions.Judge).WithSummary("Judge a match a false positive for this name; later screening excludes it");
        group.MapDelete("/false-positives", async (string query, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "entity_id")] string entityId,
            IStore store, IAuditSink audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            await store.RemoveFalsePositiveAsync(Screener.QueryKey(query), entityId, cancellationToken);
            await audit.RecordAsync(context.AuditContext().Entry("judgement.false_positive.withdraw", entityId, $"query {query}"), cancellationToken);
            return TypedResults.NoContent();
        }).RequirePermission(Permissions.Judge).WithSummary("Withdraw a false-positive judgement");
    }
}
