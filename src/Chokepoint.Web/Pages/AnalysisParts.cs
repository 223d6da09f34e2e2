using System.Globalization;
using System.Text;
using System.Text.Json;
using Chokepoint.Web.Graph;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>Parts shared by the network analysis pages: the scope form, the error notice and the Cytoscape graph block.</summary>
internal static class AnalysisParts
{
    /// <summary>The graph's data sits in the page as JSON; the default encoder escapes &lt; and &gt;, so no text can close the script element.</summary>
    private static readonly JsonSerializerOptions GraphJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public const string GraphScripts = "<script src=\"/assets/lib/cytoscape.min.js\"></script>\n<script src=\"/assets/analysis-graph.js\"></script>";

    public static string Error(ParameterException? error) =>
        error is null ? "" : $"<div class=\"errors\" role=\"alert\"><p><strong>{E(error.Parameter)}</strong>: {E(error.Message)}</p></div>";

    /// <summary>Dataset choice, topic and matcher (and authority for coverage), submitted as GET so every result has a link.</summary>
    public static string ScopeForm(string action, IReadOnlyList<string> datasets, ScopeQuery query, bool withAuthority)
    {
        var html = new StringBuilder($"<form class=\"analysis-form\" method=\"get\" action=\"{E(action)}\">");
        html.Append("<div><label for=\"dataset\">Dataset</label><select id=\"dataset\" name=\"dataset\"><option value=\"\">(any)</option>");
        foreach (var name in datasets)
            html.Append(CultureInfo.InvariantCulture, $"<option{(name == query.Dataset ? " selected" : "")}>{E(name)}</option>");
        html.Append(CultureInfo.InvariantCulture, $"""
            </select></div>
            <div><label for="topic">Topic</label><input id="topic" name="topic" value="{E(query.Topic)}" placeholder="e.g. mil"></div>
            <div><label for="matcher">Matching across lists</label><select id="matcher" name="matcher">
            <option value="engine"{(query.Matcher != "name-key" ? " selected" : "")}>engine (logic-v1 at 0.9, plus name-key)</option>
            <option value="name-key"{(query.Matcher == "name-key" ? " selected" : "")}>name-key (identifiers, normalized names)</option></select></div>
            """);
        if (withAuthority)
            html.Append(CultureInfo.InvariantCulture, $"<div><label for=\"authority\">Authority</label><input id=\"authority\" name=\"authority\" value=\"{E(query.Authority)}\" placeholder=\"all, or US, EU, UK, UN ...\"></div>");
        html.Append("<div><button type=\"submit\">Show</button></div></form>");
        return html.ToString();
    }

    /// <summary>The graph container, its legend and its data; the tables after it hold the same facts for keyboard and screen-reader use.</summary>
    public static string GraphBlock(GraphView view, string label, string legend)
    {
        var truncated = view.Truncated ? $"<p class=\"meta\">The graph shows the first {GraphView.MaxEdges} relations; the tables list all of them.</p>" : "";
        return $"""
            {truncated}
            <div class="toolbar"><button type="button" id="fit" class="secondary">Fit to screen</button><span id="status" class="meta" aria-live="polite"></span></div>
            <div class="network"><div id="graph" role="img" aria-label="{E(label)}"></div>
            <aside id="legend" aria-label="Legend"><h2>Legend</h2><ul>{legend}</ul></aside></div>
            <script type="application/json" id="graph-data">{JsonSerializer.Serialize(view, GraphJson)}</script>
            """;
    }

    public static string LegendItem(string style, string text) => $"<li><span class=\"swatch\" style=\"{style}\"></span>{E(text)}</li>";

    public static string EntityLink(string id, string caption) => $"<a href=\"/app/entities/{Url(id)}\">{E(caption)}</a>";
}
