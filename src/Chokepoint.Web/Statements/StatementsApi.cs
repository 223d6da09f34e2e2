using Chokepoint.Security;
using Chokepoint.Storage;
using Chokepoint.Web.Entities;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chokepoint.Web.Statements;

/// <summary><c>GET /statements?entity_id=</c>: an entity's current statements, paged.</summary>
public static class StatementsApi
{
    public sealed record StatementPage(int Limit, int Offset, bool More, IReadOnlyList<StatementJson> Results);

    public static void MapStatements(this IEndpointRouteBuilder app) =>
        app.MapGet("/statements", async Task<Results<Ok<StatementPage>, ProblemHttpResult>> (
            [Microsoft.AspNetCore.Mvc.FromQuery(Name = "entity_id")] string? entityId, int? limit, int? offset,
            IStore store, IAuditSink audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(entityId))
                return Problems.BadRequest("entity_id is required");
            var (take, skip) = (Problems.Clamp(limit, 100, 1000), Math.Max(0, offset ?? 0));
            var rows = new List<StatementJson>();
            var seen = 0;
            await foreach (var statement in store.View.StreamStatementsAsync(entityId, cancellationToken))
            {
                if (seen++ < skip)
                    continue;
                if (rows.Count == take + 1)
                    break;
                rows.Add(StatementJson.From(statement, null));
            }
            if (seen == 0)
                return Problems.NotFound($"no entity '{entityId}'");
            await ProtectedEvidence.RecordReadAsync(context, audit, store, entityId, rows.Select(r => r.SourceId).OfType<string>(), cancellationToken);
            return TypedResults.Ok(new StatementPage(take, skip, rows.Count > take, rows.Take(take).ToList()));
        }).WithTags("statements").WithSummary("Current statements of one entity with provenance, paged");
}
