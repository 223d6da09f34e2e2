using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Uk;

/// <summary>
/// Opens the OFSI Consolidated List ("ConList", 2022 layout), as CSV or XLSX: row 1 "Last Updated",
/// row 2 the header, then one row per name variant; rows sharing a Group ID are one listed entity.
/// </summary>
public static class OfsiFormat
{
    public const string Name = "uk-ofsi-csv";
    public const string Authority = "HM Treasury / OFSI";


    public static ImportInput Open(string path, ImportOptions options)
    {
        InputFiles.Check(path, options.MaxFileBytes);
        var rows = OfsiXlsx.IsXlsx(path)
            ? OfsiXlsx.ReadRows(path, options.MaxFileBytes)
            : CsvParser.Parse(ListFile.ReadText(path, options), path).ToList();
        if (rows.Count < 2 || !rows[0].Get(0).Equals("Last Updated", StringComparison.OrdinalIgnoreCase))
            throw new ImportException(path, 1, null, "is not an OFSI consolidated list: row 1 must be 'Last Updated,<date>' and row 2 the header");
        var release = ListValues.DayFirstDate(rows[0].Get(1));
        var header = new CsvHeader(rows[1]);
        header.Require(path, "Name 6", "Group Type", "Group ID", "Regime");
        return ListFile.Input(path, options, OfficialLists.Metadata("uk-ofsi", options.Dataset), release, OfsiReader.Read(header, rows.Skip(2), path));
    }
}
