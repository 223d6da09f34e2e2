using System.Globalization;
using System.Text;
using Chokepoint.Coverage;
using Chokepoint.Web.Graph;
using static Chokepoint.Web.Pages.AnalysisParts;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The gaps page: entities listed by some loaded authorities only, and unlisted entities linked to listed ones.</summary>
internal static class GapsPage
{
    public static IResult Render(IReadOnlyList<string> datasets, ScopeQuery query, GapReport? report, ParameterException? error)
    {
        var body = new StringBuilder("<h1>Gaps</h1><p class=\"meta\">Where sanctions leave the network open: entities some authorities list and others do not, sorted by how many lists name them and by their role in the network; and owners, suppliers, subsidiaries and directors of listed entities that no list names.</p>");
        body.Append(ScopeForm("/app/gaps", datasets, query, withAuthority: false));
        body.Append(Error(error));
        if (report is null && error is null)
            body.Append("<p>Choose a dataset (for example <code>belarus-dib</code>) or a topic.</p>");
        if (report is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{E(report.Scope)}; authorities loaded: {E(string.Join(", ", report.Loaded))}. <a href=\"/gaps?{E(query.QueryString)}\">JSON</a></p>");
            body.Append(CultureInfo.InvariantCulture, $"<section><h2>Listed by some authorities, not others ({N(report.Partial.Count)})</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Listed by</th><th scope=\"col\">Missing from</th><th scope=\"col\">Relations</th><th scope=\"col\">Products it alone supplies</th></tr></thead><tbody>");
            foreach (var g in report.Partial)
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{EntityLink(g.Id, g.Caption)}</td><td>{E(string.Join(", ", g.ListedBy))}</td><td>{E(string.Join(", ", g.MissingFrom))}</td><td>{N(g.Links)}</td><td>{N(g.SoleSupplies)}</td></tr>");
            body.Append("</tbody></table></div></section>");
            body.Append(CultureInfo.InvariantCulture, $"<section><h2>Unlisted entities linked to listed ones ({N(report.Unlisted.Count)})</h2><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Role</th><th scope=\"col\">Of listed entity</th><th scope=\"col\">Relation</th><th scope=\"col\">50% rule</th></tr></thead><tbody>");
            foreach (var u in report.Unlisted)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{EntityLink(u.Id, u.Caption)} {Badge(u.Schema)}</td><td>{E(u.Role)}</td><td>{EntityLink(u.LinkedToId, u.LinkedToCaption)}</td><td>{E(u.Relation)} <span class=\"meta\">{E(u.RelationId)}</span></td>"
                    + $"<td>{(u.BlockedByOwnership ? $"<a href=\"/app/entities/{Url(u.Id)}/ownership\">blocked by ownership</a>" : "")}</td></tr>");
            }
            body.Append("</tbody></table></div></section>");
        }
        return Page("Gaps", body.ToString(), status: error?.Status ?? 200);
    }
}
