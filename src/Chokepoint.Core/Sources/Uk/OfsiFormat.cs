using Chokepoint.Datasets;
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

    public static readonly DatasetInfo Metadata = new()
    {
        Name = "gb_hmt_sanctions",
        Title = "UK Sanctions List (OFSI Consolidated List)",
        Summary = "Persons, entities and ships subject to UK financial sanctions.",
        Publisher = "HM Treasury, Office of Financial Sanctions Implementation (OFSI)",
        License = "Open Government Licence v3.0",
        Url = "https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets",
    };

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
        return ListFile.Input(path, options, Metadata, release, OfsiReader.Read(header, rows.Skip(2), path));
    }
}
