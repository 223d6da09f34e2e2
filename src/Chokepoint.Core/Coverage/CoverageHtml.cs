using System.Net;
using System.Text;

namespace Chokepoint.Coverage;

/// <summary>
/// The coverage heat map: entities down, authorities across. <see cref="Render"/> is a self-contained page (no external
/// files); <see cref="Table"/> and <see cref="CellStyle"/> are its parts, for pages that bring their own layout.
/// </summary>
public static class CoverageHtml
{
    /// <summary>The heat map's colours; scoped to <c>table.coverage</c> so it can sit inside another page's styles.</summary>
    public const string CellStyle =
        "table.coverage td.cell{text-align:center;min-width:5em;font-size:12px}table.coverage td.on{background:#b2182b;color:#fff}"
        + "table.coverage td.off{background:#f7f7f7;color:#767676}table.coverage td.na{background:#fff;color:#767676}table.coverage .id{color:#666;font-size:11px}"
        + "table.coverage tr.l1 td.n{background:#fddbc7}table.coverage tr.l2 td.n{background:#f4a582}table.coverage tr.l3 td.n,table.coverage tr.l4 td.n{background:#d6604d;color:#fff}";

    public static string Render(CoverageMatrix matrix)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>Coverage: {E(matrix.Scope)}</title><style>");
        html.AppendLine("body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}");
        html.AppendLine("th,td{border:1px solid #ddd;padding:4px 8px;text-align:left}th{background:#f4f4f4;position:sticky;top:0}");
        html.AppendLine(CellStyle);
        html.AppendLine("</style></head><body>");
        html.AppendLine($"<h1>Sanctions coverage</h1><p>{E(Summary(matrix))}</p>");
        html.Append(Table(matrix));
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    public static string Summary(CoverageMatrix matrix) =>
        $"{matrix.Scope}: {matrix.Rows.Count} entities, {matrix.Rows.Count(r => r.Lists > 0)} listed by at least one authority. Authorities with no list loaded are greyed out.";

    /// <param name="entityHref">Link target of an entity id, or null to print captions without links.</param>
    public static string Table(CoverageMatrix matrix, Func<string, string>? entityHref = null)
    {
        var html = new StringBuilder();
        html.Append($"<table class=\"coverage\"><caption>Coverage of {E(matrix.Scope)}: listing date and programs per authority</caption>");
        html.Append("<thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Lists</th>");
        foreach (var authority in matrix.Authorities)
            html.Append($"<th scope=\"col\">{E(authority)}{(matrix.Loaded.Contains(authority) ? "" : " <small>(not loaded)</small>")}</th>");
        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in matrix.Rows)
        {
            var caption = entityHref is null ? E(row.Caption) : $"<a href=\"{E(entityHref(row.Id))}\">{E(row.Caption)}</a>";
            html.Append($"<tr class=\"l{Math.Min(row.Lists, 4)}\"><th scope=\"row\">{caption}<br><span class=\"id\">{E(row.Id)}</span></th><td class=\"n\">{row.Lists}</td>");
            foreach (var authority in matrix.Authorities)
            {
                var cell = row.Cell(authority);
                if (cell is not null)
                    html.Append($"<td class=\"cell on\" title=\"{E(string.Join(", ", cell.SanctionIds))}\">{E(CoverageTable.CellText(cell))}</td>");
                else
                    html.Append(matrix.Loaded.Contains(authority) ? "<td class=\"cell off\">not listed</td>" : "<td class=\"cell na\">no list</td>");
            }
            html.AppendLine("</tr>");
        }
        html.AppendLine("</tbody></table>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
