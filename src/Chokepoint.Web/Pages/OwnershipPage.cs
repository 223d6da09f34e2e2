using System.Globalization;
using System.Text;
using Chokepoint.Graph.Ownership;
using Chokepoint.Web.Graph;
using static Chokepoint.Web.Pages.AnalysisParts;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The 50% rule: one entity explained (owners, shares, reason chains), and the list of entities it blocks.</summary>
internal static class OwnershipPage
{
    private const string Rule = "An entity is blocked when a Sanction names it (of the chosen authority) or it carries the topic <code>sanction</code>; a company is blocked by ownership when listed owners and owners themselves blocked by ownership hold 50% or more of it together. Unknown percentages are reported, never guessed.";

    public static IResult Explain(OwnershipReport report, string? authority)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <h1>Ownership of {E(report.Caption)}</h1>
            <p class="lead">{Badge(report.Status, report.Status == "not blocked" ? "" : "sanctioned")} <span class="meta">{(authority is null ? "every authority" : "authority " + E(authority))} · id {E(report.Id)}</span></p>
            <p class="meta">{Rule}</p>
            {AuthorityForm($"/app/entities/{Url(report.Id)}/ownership", authority)}
            <dl class="props"><dt>Share held by blocked owners</dt><dd>{report.Share.ToString("0.##", CultureInfo.InvariantCulture)}%</dd>
            <dt>Blocked owners with unknown share</dt><dd>{N(report.UnknownShares)}</dd>
            <dt>Listings</dt><dd>{(report.Listings.Count == 0 ? "none" : string.Join("<br>", report.Listings.Select(E)))}</dd></dl>
            <p class="actions">{EntityLink(report.Id, "Entity page")} · <a href="/entities/{Url(report.Id)}/ownership{(authority is null ? "" : "?authority=" + Url(authority))}">JSON</a></p>
            """);
        if (report.Chains.Count > 0)
        {
            body.Append("<section><h2>Why: ownership chains from listed entities</h2><ol class=\"chains\">");
            foreach (var chain in report.Chains)
                body.Append(CultureInfo.InvariantCulture, $"<li>{Chain(chain)}</li>");
            body.Append("</ol></section>");
        }
        body.Append("<section><h2>Owners</h2>");
        if (report.Owners.Count == 0)
            body.Append("<p>No Ownership relation names an owner of this entity.</p>");
        else
        {
            body.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Owner</th><th scope=\"col\">Status</th><th scope=\"col\">Share</th><th scope=\"col\">Stated</th><th scope=\"col\">Counted</th><th scope=\"col\">Relation</th></tr></thead><tbody>");
            foreach (var owner in report.Owners)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/app/entities/{Url(owner.OwnerId)}/ownership\">{E(owner.OwnerCaption)}</a></td><td>{E(owner.OwnerStatus)}</td>"
                    + $"<td>{(owner.Percent is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "<strong>unknown</strong>")}</td><td>{E(owner.Stated)}</td><td>{(owner.Counted ? "yes" : "no")}</td><td class=\"meta\">{E(owner.RelationId)}</td></tr>");
            }
            body.Append("</tbody></table></div>");
        }
        body.Append("</section>");
        return Page($"Ownership of {report.Caption}", body.ToString());
    }

    public static IResult Blocked(BlockedPage? page, string? authority, ParameterException? error)
    {
        var body = new StringBuilder($"<h1>Blocked by ownership</h1><p class=\"meta\">{Rule}</p>");
        body.Append(AuthorityForm("/app/ownership", authority));
        body.Append(AnalysisParts.Error(error));
        if (page is { Results.Count: 0 })
            body.Append(CultureInfo.InvariantCulture, $"<p>{(page.Total == 0 ? "No entity is blocked by ownership without being listed: no Ownership relation gives listed owners 50% or more." : "No more entities on this page.")}</p>");
        else if (page is not null)
        {
            var query = authority is null ? "" : "authority=" + Url(authority) + "&amp;";
            body.Append(CultureInfo.InvariantCulture, $"<p>{N(page.Total)} entities are blocked by ownership without being listed. <a href=\"/ownership/blocked?{query}offset={page.Offset}\">JSON</a></p>");
            body.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Blocked share</th><th scope=\"col\">Unknown shares</th><th scope=\"col\">Chains</th></tr></thead><tbody>");
            foreach (var report in page.Results)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/app/entities/{Url(report.Id)}/ownership{(authority is null ? "" : "?authority=" + Url(authority))}\">{E(report.Caption)}</a></td>"
                    + $"<td>{report.Share.ToString("0.##", CultureInfo.InvariantCulture)}%</td><td>{N(report.UnknownShares)}</td><td>{string.Join("<br>", report.Chains.Select(c => E(c.Text)))}</td></tr>");
            }
            body.Append("</tbody></table></div>");
            var next = page.Offset + page.Results.Count;
            body.Append("<nav class=\"pager\" aria-label=\"Pages\">");
            if (page.Offset > 0)
                body.Append(CultureInfo.InvariantCulture, $"<a href=\"/app/ownership?{query}offset={Math.Max(0, page.Offset - 100)}\">Previous</a>");
            if (next < page.Total)
                body.Append(CultureInfo.InvariantCulture, $"<a href=\"/app/ownership?{query}offset={next}\">Next</a>");
            body.Append("</nav>");
        }
        return Page("Blocked by ownership", body.ToString(), status: error?.Status ?? 200);
    }

    private static string Chain(OwnershipChain chain)
    {
        if (chain.Links.Count == 0)
            return "";
        var html = new StringBuilder(EntityLink(chain.Links[0].OwnerId, chain.Links[0].OwnerCaption));
        foreach (var link in chain.Links)
            html.Append(CultureInfo.InvariantCulture, $" → <span class=\"badge\">{(link.Percent is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "unknown %")}</span> → {EntityLink(link.AssetId, link.AssetCaption)}");
        return html.ToString();
    }

    private static string AuthorityForm(string action, string? authority) => $"""
        <form class="analysis-form" method="get" action="{E(action)}">
        <div><label for="authority">Authority</label><input id="authority" name="authority" value="{E(authority)}" placeholder="all, or US, EU, UK, UN ..."></div>
        <div><button type="submit">Apply</button></div></form>
        """;
}
