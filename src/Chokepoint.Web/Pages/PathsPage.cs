using System.Globalization;
using System.Text;
using Chokepoint.Graph.Paths;
using Chokepoint.Web.Graph;
using static Chokepoint.Web.Pages.AnalysisParts;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The paths page: the k shortest paths between two entities on a graph (the chosen path highlighted) and as tables with sources.</summary>
internal static class PathsPage
{
    public sealed record Query(string? From, string? To, string? MaxHops, string? K);

    public static IResult Render(Query query, PathReport? report, GraphView? view, ParameterException? error)
    {
        var body = new StringBuilder("<h1>Paths</h1><p class=\"meta\">The shortest chains of relations (ownership, supply, directorship ...) between two entities, each relation with the sources that state it.</p>");
        body.Append(CultureInfo.InvariantCulture, $"""
            <form class="analysis-form" method="get" action="/app/paths">
            <div><label for="from">From (entity id)</label><input id="from" name="from" value="{E(query.From)}" placeholder="bdib-peleng" required></div>
            <div><label for="to">To (entity id)</label><input id="to" name="to" value="{E(query.To)}" placeholder="bdib-russian-army" required></div>
            <div><label for="max_hops">Most relations</label><input id="max_hops" name="max_hops" type="number" min="1" max="{NetworkAnalyses.MaxHops}" value="{E(query.MaxHops ?? "4")}"></div>
            <div><label for="k">Paths</label><input id="k" name="k" type="number" min="1" max="{NetworkAnalyses.MaxPaths}" value="{E(query.K ?? "5")}"></div>
            <div><button type="submit">Find paths</button></div></form>
            """);
        body.Append(Error(error));
        if (report is null || view is null)
            return Page("Paths", body.ToString(), status: error?.Status ?? 200);
        body.Append(CultureInfo.InvariantCulture, $"<p>{N(report.Paths.Count)} path(s) of at most {report.MaxHops} relations from {EntityLink(report.FromId, report.FromCaption)} to {EntityLink(report.ToId, report.ToCaption)}.</p>");
        if (report.Paths.Count == 0)
            return Page("Paths", body.ToString());
        body.Append(GraphBlock(view, $"Paths from {report.FromCaption} to {report.ToCaption}; the highlighted path is listed in the table of the same number",
            LegendItem("background:#f0b400", "highlighted path") + LegendItem("border:3px solid #15283d", "start and end")));
        foreach (var (path, index) in report.Paths.Select((p, i) => (p, i)))
        {
            body.Append(CultureInfo.InvariantCulture, $"""
                <section class="path"><h2>Path {index + 1}: {N(path.Hops)} relation(s)</h2>
                <p>{E(path.Text)} <button type="button" class="secondary" data-path="{index}" aria-pressed="{(index == 0 ? "true" : "false")}">Highlight path {index + 1} on the graph</button></p>
                <div class="scroll"><table><thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th><th scope="col">Sources</th></tr></thead><tbody>
                """);
            foreach (var step in path.Steps)
            {
                var relation = $"{(step.Forward ? "" : "← ")}{step.Relation}{(step.Label is null ? "" : $" ({step.Label})")}{(step.Forward ? " →" : "")}";
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{EntityLink(step.FromId, step.FromCaption)}</td><td>{E(relation)}<br><span class=\"meta\">{E(step.RelationId)}</span></td><td>{EntityLink(step.ToId, step.ToCaption)}</td><td>{Sources(step.Sources)}</td></tr>");
            }
            body.Append("</tbody></table></div></section>");
        }
        return Page("Paths", body.ToString(), GraphScripts);
    }

    private static string Sources(IReadOnlyList<PathSource> sources) =>
        string.Join("", sources.Select(s => $"<div>{E(s.SourceId)} {(s.Grading is null ? "" : Badge(s.Grading, "grading"))}{(s.Quote is null ? "" : $"<blockquote>{E(s.Quote)}</blockquote>")}</div>"));
}
