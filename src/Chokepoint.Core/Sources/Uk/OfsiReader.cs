using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Uk;

/// <summary>Groups ConList rows by Group ID (in order of first appearance) and maps each group.</summary>
public static class OfsiReader
{
    public static IEnumerable<ReadItem> Read(CsvHeader header, IEnumerable<CsvRow> rows, string file)
    {
        var groupId = header.Index("Group ID");
        var groups = new Dictionary<string, List<CsvRow>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in rows)
        {
            var id = row.Get(groupId);
            if (id.Length == 0)
            {
                yield return ReadItem.Bad(new ImportIssue(file, row.Line, "Group ID", "is empty"));
                continue;
            }
            if (!groups.TryGetValue(id, out var group))
            {
                groups[id] = group = [];
                order.Add(id);
            }
            group.Add(row);
        }
        var columns = new OfsiColumns(header);
        foreach (var id in order)
        {
            foreach (var record in OfsiEntity.Map(columns, id, groups[id], file))
                yield return ReadItem.Of(record);
        }
    }
}
