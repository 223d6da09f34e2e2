using System.Globalization;
using System.Text;
using Chokepoint.Web.Datasets;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The datasets page: each dataset with its license, counts, last update and releases.</summary>
internal static class DatasetsPage
{
    public static IResult Render(IReadOnlyList<DatasetsApi.DatasetJson> datasets)
    {
        var body = new StringBuilder("<h1>Datasets</h1>");
        if (datasets.Count == 0)
            body.Append("<p>No dataset is loaded yet. Run <code>./chokepoint init</code> or <code>./chokepoint import</code>.</p>");
        foreach (var (dataset, releases, _) in datasets)
        {
            body.Append(CultureInfo.InvariantCulture, $"""
                <section class="dataset"><h2>{E(dataset.Title ?? dataset.Name)} <span class="meta">{E(dataset.Name)}</span></h2>
                <p>{E(dataset.Summary)}</p>
                <dl class="props"><dt>Entities</dt><dd>{N(dataset.Entities)}</dd><dt>Statements</dt><dd>{N(dataset.Statements)}</dd>
                <dt>Last update</dt><dd>{E(dataset.Updated)}</dd><dt>License</dt><dd>{E(dataset.License ?? "not stated")}</dd>
                <dt>Publisher</dt><dd>{E(dataset.Publisher ?? "not stated")}</dd></dl>
                <p><a href="/app?datasets={Url(dataset.Name)}">Browse its entities</a></p>
                <div class="scroll"><table><caption>Releases</caption><thead><tr><th>Release</th><th>Imported</th><th>Entities</th><th>Statements</th></tr></thead><tbody>
                """);
            foreach (var r in releases)
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.Release)}</td><td>{E(r.ImportedAt)}</td><td>{N(r.Entities)}</td><td>{N(r.Statements)}</td></tr>");
            body.Append("</tbody></table></div></section>");
        }
        return Page("Datasets", body.ToString());
    }
}
