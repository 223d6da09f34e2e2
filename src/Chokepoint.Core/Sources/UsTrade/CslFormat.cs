using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.UsTrade;

/// <summary>
/// Opens the US Consolidated Screening List CSV (ITA): the 2025 layout with <c>_id</c> first, or the older
/// layout without it. One row per listing; multi-values are joined with "; ".
/// </summary>
public static class CslFormat
{
    public const string Name = "us-csl-csv";


    public static ImportInput Open(string path, ImportOptions options)
    {
        var rows = CsvParser.Parse(ListFile.ReadText(path, options), path).GetEnumerator();
        if (!rows.MoveNext())
            throw new ImportException(path, 1, null, "has no header row");
        var header = new CsvHeader(rows.Current);
        header.Require(path, "source", "name", "type", "programs", "entity_number");
        return ListFile.Input(path, options, OfficialLists.Metadata("us-csl", options.Dataset), null, Read(new CslColumns(header), Rest(rows), path));
    }

    private static IEnumerable<CsvRow> Rest(IEnumerator<CsvRow> rows)
    {
        using (rows)
        {
            while (rows.MoveNext())
                yield return rows.Current;
        }
    }

    private static IEnumerable<ReadItem> Read(CslColumns c, IEnumerable<CsvRow> rows, string file)
    {
        foreach (var row in rows)
        {
            if (row.Fields.Length != c.Width)
            {
                yield return ReadItem.Bad(new ImportIssue(file, row.Line, null, $"has {row.Fields.Length} fields where the header has {c.Width}"));
                continue;
            }
            if (row.Get(c.Name).Length == 0)
            {
                yield return ReadItem.Bad(new ImportIssue(file, row.Line, "name", "is empty"));
                continue;
            }
            foreach (var record in CslEntity.Map(c, row, file))
                yield return ReadItem.Of(record);
        }
    }
}
