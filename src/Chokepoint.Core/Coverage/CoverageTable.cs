using System.Text;

namespace Chokepoint.Coverage;

/// <summary>Renders a coverage matrix as CSV (one row per entity, two columns per authority) or a cell text.</summary>
public static class CoverageTable
{
    /// <summary>What a cell shows: the listing date (or "listed"), and the programs.</summary>
    public static string CellText(CoverageCell? cell) =>
        cell is null ? "" : (cell.Since ?? "listed") + (cell.Programs.Count > 0 ? " " + string.Join("; ", cell.Programs) : "");

    public static string Csv(CoverageMatrix matrix)
    {
        var text = new StringBuilder();
        var header = new List<string> { "id", "caption", "schema", "lists" };
        foreach (var authority in matrix.Authorities)
            header.AddRange([authority + "_since", authority + "_program"]);
        header.Add("matched_ids");
        text.AppendLine(string.Join(',', header.Select(Quote)));
        foreach (var row in matrix.Rows)
        {
            var fields = new List<string> { row.Id, row.Caption, row.Schema, row.Lists.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            foreach (var authority in matrix.Authorities)
            {
                var cell = row.Cell(authority);
                fields.Add(cell is null ? "" : cell.Since ?? "listed");
                fields.Add(cell is null ? "" : string.Join("; ", cell.Programs));
            }
            fields.Add(string.Join(' ', row.Matches.Select(m => m.EntityId)));
            text.AppendLine(string.Join(',', fields.Select(Quote)));
        }
        return text.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
