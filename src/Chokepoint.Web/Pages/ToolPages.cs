using System.Globalization;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The network view and screening pages: server-rendered shells driven by scripts that call the API.</summary>
internal static class ToolPages
{
    public static IResult Network(string id, string caption) => Page($"Network: {caption}", string.Create(CultureInfo.InvariantCulture, $"""
        <h1>Network: <a href="/app/entities/{Url(id)}">{E(caption)}</a></h1>
        <p class="meta">Click a node to expand its neighbours; double-click to open its page (the list below does both by keyboard). Red outline: sanctioned.</p>
        <div class="toolbar" role="toolbar" aria-label="Graph">
        <button type="button" id="fit">Fit</button> <button type="button" id="relayout">Re-layout</button>
        <button type="button" id="export">Export PNG</button> <span id="status" class="meta" aria-live="polite"></span>
        </div>
        <div class="network"><div id="graph" data-start="{E(id)}" role="img" aria-label="Network graph around {E(caption)}"></div>
        <aside id="legend" aria-label="Legend"></aside></div>
        <section><h2>Nodes</h2><p class="meta">The same graph as a list, for keyboard and screen-reader use.</p><ul id="nodes" class="node-list"></ul></section>
        """), "<script src=\"/assets/lib/cytoscape.min.js\"></script>\n<script src=\"/assets/network.js\"></script>");

    public static IResult Screening() => Page("Screening", """
        <h1>Screening</h1>
        <p class="meta">Paste names (one per line) or upload a CSV with a <code>name</code> column (optional <code>schema</code>, <code>country</code>). Broken rows are listed and the rest are screened. Matches you mark as false positives are remembered and left out next time.</p>
        <form id="screen-form" class="screen-form">
        <label for="names">Names</label>
        <textarea id="names" name="names" rows="6" placeholder="Peleng&#10;Минский завод колёсных тягачей&#10;Zenit BelOMO"></textarea>
        <label for="file">or CSV file</label>
        <input id="file" name="file" type="file" accept=".csv,text/csv,text/plain">
        <div class="row"><label for="threshold">Minimum score</label>
        <input id="threshold" name="threshold" type="number" min="0" max="1" step="0.05" value="0.7"></div>
        <button type="submit">Screen</button>
        </form>
        <p id="summary" class="meta" aria-live="polite"></p>
        <div id="errors"></div>
        <div class="toolbar"><button type="button" id="download" disabled>Download CSV</button></div>
        <div class="scroll"><table id="results" hidden><thead><tr><th>Line</th><th>Name</th><th>Match</th><th>Score</th><th>Explanation</th><th>Judgement</th></tr></thead><tbody></tbody></table></div>
        """, "<script src=\"/assets/screening.js\"></script>");
}
