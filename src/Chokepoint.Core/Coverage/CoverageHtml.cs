using System.Net;
using System.Text;

namespace Chokepoint.Coverage;

/// <summary>A self-contained HTML heat map of a coverage matrix: entities down, authorities across, no external files.</summary>
public static class CoverageHtml
{
    public static string Render(CoverageMatrix matrix)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>Coverage: {E(matrix.Scope)}</title><style>");
        html.AppendLine("body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}");
        html.AppendLine("th,td{border:1px solid #ddd;padding:4px 8px;text-align:left}th{background:#f4f4f4;position:sticky;top:0}");
        html.AppendLine("td.cell{text-align:center;min-width:5em;font-size:12px}td.on{background:#b2182b;color:#fff}");
        html.AppendLine("td.off{background:#f7f7f7;color:#bbb}td.na{background:#fff;color:#ddd}.l0{background:#fff}.id{color:#888;font-size:11px}");
        html.AppendLine("tr.l1 td.n{background:#fddbc7}tr.l2 td.n{background:#f4a582}tr.l3 td.n,tr.l4 td.n{background:#d6604d;color:#fff}");
        html.AppendLine("</style></head><body>");
        html.AppendLine($"<h1>Sanctions coverage</h1><p>{E(matrix.Scope)}: {matrix.Rows.Count} entities, {matrix.Rows.Count(r => r.Lists > 0)} listed by at least one authority. Authorities with no list loaded are greyed out.</p>");
        html.Append("<table><thead><tr><th>Entity</th><th>Lists</th>");
        foreach (var authority in matrix.Authorities)
            html.Append($"<th>{E(authority)}{(matrix.Loaded.Contains(authority) ? "" : " <small>(not loaded)</small>")}</th>");
        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in matrix.Rows)
        {
            html.Append($"<tr class=\"l{Math.Min(row.Lists, 4)}\"><td>{E(row.Caption)}<br><span class=\"id\">{E(row.Id)}</span></td><td class=\"n\">{row.Lists}</td>");
            foreach (var authority in matrix.Authorities)
            {
                var cell = row.Cell(authority);
                if (cell is not null)
                    html.Append($"<td class=\"cell on\" title=\"{E(string.Join(", ", cell.SanctionIds))}\">{E(CoverageTable.CellText(cell))}</td>");
                else
                    html.Append(matrix.Loaded.Contains(authority) ? "<td class=\"cell off\">&ndash;</td>" : "<td class=\"cell na\"></td>");
            }
            html.AppendLine("</tr>");
        }
        html.AppendLine("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
