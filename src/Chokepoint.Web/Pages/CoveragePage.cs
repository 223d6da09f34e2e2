using System.Globalization;
using System.Text;
using Chokepoint.Coverage;
using Chokepoint.Web.Graph;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The coverage page: the core's heat map (<see cref="CoverageHtml.Table"/>) of a dataset or topic, with entity links.</summary>
internal static class CoveragePage
{
    public static IResult Render(IReadOnlyList<string> datasets, ScopeQuery query, CoverageMatrix? matrix, ParameterException? error)
    {
        var body = new StringBuilder("<h1>Sanctions coverage</h1><p class=\"meta\">Which authorities sanction each entity, since when and under which program. Entities are matched across lists, so a listing counts under whichever list's id carries it.</p>");
        body.Append(AnalysisParts.ScopeForm("/app/coverage", datasets, query, withAuthority: true));
        body.Append(AnalysisParts.Error(error));
        if (matrix is null && error is null)
            body.Append("<p>Choose a dataset (for example <code>belarus-dib</code>, the Belarusian military-industrial enterprises) or a topic.</p>");
        if (matrix is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"""
                <p>{E(CoverageHtml.Summary(matrix))}</p>
                <p class="actions"><a href="/app/gaps?{E(query.QueryString)}">Gaps of this scope</a> · <a href="/coverage?{E(query.QueryString)}{(string.IsNullOrWhiteSpace(query.Authority) ? "" : "&amp;authority=" + Url(query.Authority))}">JSON</a></p>
                <div class="scroll">{CoverageHtml.Table(matrix, id => "/app/entities/" + Url(id))}</div>
                """);
        }
        return Page("Coverage", body.ToString(), status: error?.Status ?? 200, head: $"<style>{CoverageHtml.CellStyle}</style>");
    }
}
