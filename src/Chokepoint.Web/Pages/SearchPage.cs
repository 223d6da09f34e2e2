using System.Globalization;
using System.Text;
using Chokepoint.Search;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The search page: query box, facet filters and one page of results.</summary>
internal static class SearchPage
{
    private static readonly (string Key, string Title)[] FacetNames = [("schema", "Type"), ("countries", "Country"), ("datasets", "Dataset"), ("topics", "Topic")];

    public static IResult Render(SearchQuery query, SearchResult result)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <h1>Search</h1>
            <form class="search" method="get" action="/app" role="search">
            <label for="q">Name</label>
            <input id="q" name="q" type="search" value="{E(query.Text)}" placeholder="e.g. Peleng, МЗКТ, Zenit BelOMO" autofocus>
            <button type="submit">Search</button>
            </form>
            <div class="with-facets">
            <aside class="facets" aria-label="Filters">
            """);
        foreach (var (key, title) in FacetNames)
        {
            var values = result.Facets.GetValueOrDefault(key) ?? [];
            var active = Active(query, key);
            if (values.Count == 0 && active.Count == 0)
                continue;
            body.Append(CultureInfo.InvariantCulture, $"<section><h2>{title}</h2><ul>");
            foreach (var value in values)
            {
                var on = active.Contains(value.Name);
                var toggled = on ? active.Where(a => a != value.Name).ToList() : active.Append(value.Name).ToList();
                body.Append(CultureInfo.InvariantCulture,
                    $"<li><a href=\"{Link(query, key, toggled, 0)}\"{(on ? " aria-current=\"true\" class=\"on\"" : "")}>{E(value.Label)} <span class=\"count\">{N(value.Count)}</span></a></li>");
            }
            body.Append("</ul></section>");
        }
        body.Append(CultureInfo.InvariantCulture, $"</aside><section class=\"results\" aria-live=\"polite\"><p class=\"total\">{N(result.Total)} result{(result.Total == 1 ? "" : "s")}{(result.Truncated ? " (narrow the query to see all)" : "")}</p><ol class=\"hits\">");
        foreach (var hit in result.Hits)
        {
            var e = hit.Entity;
            var countries = string.Join(", ", e.Get("country").Concat(e.Get("jurisdiction")).Distinct().Select(Chokepoint.Model.Countries.NameOf));
            body.Append(CultureInfo.InvariantCulture, $"""
                <li><a class="caption" href="/app/entities/{Url(e.Id)}">{E(e.Caption)}</a> {Badge(e.Schema.Label)} {SanctionedBadge(StoreSearchIndex.IsSanctioned(e))}
                <div class="meta">{E(countries)}{(countries.Length > 0 ? " · " : "")}{E(string.Join(", ", e.Datasets))}{(query.Text.Length > 0 ? $" · score {hit.Score:0.00} · matched “{E(hit.MatchedName)}”" : "")}</div></li>
                """);
        }
        body.Append("</ol>");
        var prev = query.Offset > 0 ? $"<a rel=\"prev\" href=\"{Link(query, null, null, Math.Max(0, query.Offset - query.Limit))}\">← Previous</a>" : "";
        var next = query.Offset + query.Limit < result.Total ? $"<a rel=\"next\" href=\"{Link(query, null, null, query.Offset + query.Limit)}\">Next →</a>" : "";
        body.Append(CultureInfo.InvariantCulture, $"<nav class=\"pager\" aria-label=\"Pages\">{prev} {next}</nav></section></div>");
        return Page(query.Text.Length > 0 ? $"Search: {query.Text}" : "Search", body.ToString());
    }

    private static List<string> Active(SearchQuery query, string key) => key switch
    {
        "schema" => [.. query.Schemata],
        "countries" => [.. query.Countries],
        "datasets" => [.. query.Datasets],
        _ => [.. query.Topics],
    };

    private static string Link(SearchQuery query, string? key, List<string>? values, int offset)
    {
        var parts = new List<string>();
        if (query.Text.Length > 0)
            parts.Add($"q={Url(query.Text)}");
        foreach (var (facet, _) in FacetNames)
            parts.AddRange((facet == key ? values! : Active(query, facet)).Select(v => $"{facet}={Url(v)}"));
        if (offset > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"offset={offset}"));
        return E("/app?" + string.Join('&', parts));
    }
}
