using System.Globalization;
using System.Text;
using Chokepoint.Graph;
using Chokepoint.Web.Security;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The entity page's sources (with Admiralty grading) and evidence quotes.</summary>
internal static class EntitySources
{
    public static void Render(StringBuilder body, EntityProfile profile)
    {
        var entity = profile.Entity;
        var bySource = entity.Statements.GroupBy(s => s.SourceId ?? "").ToList();
        body.Append("<section><h2>Sources</h2><div class=\"scroll\"><table><thead><tr><th>Source</th><th>Publisher</th><th>Grading</th><th>Statements</th></tr></thead><tbody>");
        foreach (var group in bySource)
        {
            var source = profile.Sources.GetValueOrDefault(group.Key);
            var title = source is not null ? ProtectedEvidence.Title(source) : (group.Key.Length > 0 ? group.Key : $"{group.First().Dataset} (list)");
            var link = ProtectedEvidence.IsProtected(source) ? $"<a href=\"/app/sources/{Url(source!.Id)}\">{E(title)}</a>"
                : source?.Url is { } url ? $"<a href=\"{E(url)}\" rel=\"noreferrer\">{E(title)}</a>" : E(title);
            var grading = string.Join(", ", group.Select(s => s.Grading ?? source?.Grading).OfType<string>().Distinct());
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{link}</td><td>{E(source?.Publisher ?? "")}</td><td>{(grading.Length > 0 ? Badge(grading, "grading") : "")}</td><td>{N(group.Count())}</td></tr>");
        }
        body.Append("</tbody></table></div></section>");
        var quoted = entity.Statements.Where(s => !string.IsNullOrWhiteSpace(s.Quote)).GroupBy(s => s.Quote!).ToList();
        if (quoted.Count == 0)
            return;
        body.Append("<section><h2>Evidence</h2><ul class=\"evidence\">");
        foreach (var group in quoted)
        {
            var first = group.First();
            var source = first.SourceId is null ? null : profile.Sources.GetValueOrDefault(first.SourceId);
            var grading = (first.Grading ?? source?.Grading) is { } g ? Badge(g, "grading") : "";
            var supports = string.Join("; ", group.Select(s => $"{entity.Schema.GetProperty(s.Prop)?.Label ?? s.Prop}: {s.Value}").Distinct().Take(6));
            body.Append(CultureInfo.InvariantCulture, $"""
                <li><blockquote>{E(group.Key)}</blockquote>
                <p class="meta">{E(source is not null ? ProtectedEvidence.Title(source) : first.SourceId ?? first.Dataset)} {grading} · supports {E(supports)}</p></li>
                """);
        }
        body.Append("</ul></section>");
    }
}
