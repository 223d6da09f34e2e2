using System.Globalization;
using System.Text;
using Chokepoint.Graph.Chokepoints;
using Chokepoint.Web.Graph;
using static Chokepoint.Web.Pages.AnalysisParts;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The chokepoints page: the supply network with its chokepoints highlighted, their tables, and what removing one entity cuts.</summary>
internal static class ChokepointsPage
{
    public static IResult Render(IReadOnlyList<string> datasets, string? dataset, string? remove, ChokepointReport? report, GraphView? view, ParameterException? error)
    {
        var body = new StringBuilder("<h1>Chokepoints</h1><p class=\"meta\">In the supply network (Supply relations): products with a single known supplier, entities whose removal splits the network (articulation points), the entities most supply routes pass through (betweenness), and what removing one entity would cut.</p>");
        body.Append("<form class=\"analysis-form\" method=\"get\" action=\"/app/chokepoints\"><div><label for=\"dataset\">Dataset</label><select id=\"dataset\" name=\"dataset\"><option value=\"\">(whole store)</option>");
        foreach (var name in datasets)
            body.Append(CultureInfo.InvariantCulture, $"<option{(name == dataset ? " selected" : "")}>{E(name)}</option>");
        body.Append(CultureInfo.InvariantCulture, $"""
            </select></div>
            <div><label for="remove">What if this entity were removed (id)</label><input id="remove" name="remove" value="{E(remove)}" placeholder="bdib-peleng"></div>
            <div><button type="submit">Show</button></div></form>
            """);
        body.Append(Error(error));
        if (report is null || view is null)
            return Page("Chokepoints", body.ToString(), status: error?.Status ?? 200);
        body.Append(CultureInfo.InvariantCulture, $"<p>{N(report.Entities)} entities, {N(report.Supplies)} supply relations{(report.Dataset is null ? " in the whole store" : $" in {E(report.Dataset)}")}. <a href=\"/chokepoints?dataset={Url(report.Dataset)}{(remove is null ? "" : "&amp;remove=" + Url(remove))}\">JSON</a></p>");
        if (report.Removal is { } removal)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section><h2>Without {EntityLink(removal.Id, removal.Caption)}</h2><p>{N(removal.LostProducts.Count)} product(s) lose their only supplier, {N(removal.LostFlows.Count)} flow(s) stop, {N(removal.RecipientsWithoutSupply.Count)} recipient(s) lose all supply.</p><ul>");
            foreach (var product in removal.LostProducts)
                body.Append(CultureInfo.InvariantCulture, $"<li>product: {EntityLink(product, view.Nodes.FirstOrDefault(n => n.Id == product)?.Label ?? product)}</li>");
            foreach (var flow in removal.LostFlows)
                body.Append(CultureInfo.InvariantCulture, $"<li>flow: {E(flow.ProductCaption)} → {EntityLink(flow.RecipientId, flow.RecipientCaption)} <span class=\"meta\">{E(flow.RelationId)}</span></li>");
            foreach (var recipient in removal.RecipientsWithoutSupply)
                body.Append(CultureInfo.InvariantCulture, $"<li>recipient without supply: {EntityLink(recipient, recipient)}</li>");
            body.Append("</ul></section>");
        }
        if (report.Supplies > 0)
        {
            body.Append(GraphBlock(view, "Supply network; chokepoints (single suppliers and articulation points) are highlighted and listed in the tables below",
                LegendItem("background:#f0b400;border:3px solid #b3261e", "chokepoint") + LegendItem("background:#000", "removed") + LegendItem("border:3px dashed #b3261e", "cut off by the removal")));
        }
        Table(body, $"Products with a single supplier ({report.SingleSupplierProducts.Count})", ["Product", "Supplier", "Recipients", "Relations"],
            report.SingleSupplierProducts.Select(s => new[] { EntityLink(s.ProductId, s.ProductCaption), EntityLink(s.SupplierId, s.SupplierCaption), E(string.Join(", ", s.RecipientIds)), E(string.Join(", ", s.RelationIds)) }));
        Table(body, $"Articulation points ({report.ArticulationPoints.Count}): removal splits the supply network", ["Entity", "Parts after removal", ""],
            report.ArticulationPoints.Select(c => new[] { EntityLink(c.Id, c.Caption), N(c.Parts), $"<a href=\"/app/chokepoints?dataset={Url(report.Dataset)}&amp;remove={Url(c.Id)}\">What if removed</a>" }));
        Table(body, $"Betweenness ({(report.BetweennessExact ? "exact" : $"estimated from {report.BetweennessSources} sources")})", ["Entity", "Score"],
            report.Betweenness.Select(c => new[] { EntityLink(c.Id, c.Caption), c.Score.ToString("0.###", CultureInfo.InvariantCulture) }));
        return Page("Chokepoints", body.ToString(), report.Supplies > 0 ? GraphScripts : null);
    }

    private static void Table(StringBuilder body, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(title)}</h2><p>None in this supply network.</p></section>");
            return;
        }
        body.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(title)}</h2><div class=\"scroll\"><table><thead><tr>{string.Concat(headers.Select(h => $"<th scope=\"col\">{E(h)}</th>"))}</tr></thead><tbody>");
        foreach (var row in list)
            body.Append(CultureInfo.InvariantCulture, $"<tr>{string.Concat(row.Select(cell => $"<td>{cell}</td>"))}</tr>");
        body.Append("</tbody></table></div></section>");
    }
}
