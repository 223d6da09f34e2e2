using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Bis;

/// <summary>
/// Opens the BIS Denied Persons List (tab-separated, every field quoted, one header line). The list
/// numbers nothing: a person is its normalised name and address, and each of its rows is one order.
/// </summary>
public static class DplFormat
{
    public const string Name = "bis-dpl";
    public const string Authority = "US Department of Commerce, Bureau of Industry and Security";


    private static readonly string[] Columns = ["Name", "Street_Address", "City", "State", "Country", "Postal_Code", "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation"];

    public static ImportInput Open(string path, ImportOptions options)
    {
        var rows = CsvParser.Parse(ListFile.ReadText(path, options), path, '\t').ToList();
        if (rows.Count == 0)
            throw new ImportException(path, 1, null, "has no header row");
        var header = new CsvHeader(rows[0]);
        header.Require(path, Columns);
        // The file carries no date; its latest Last_Update is the release (typos such as 2922 are ignored).
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var release = rows.Skip(1).Select(r => ListValues.MonthFirstDate(r.Get(header.Index("Last_Update"))))
            .Where(d => d is { Length: 10 } && string.CompareOrdinal(d, today) <= 0).Max(StringComparer.Ordinal);
        return ListFile.Input(path, options, OfficialLists.Metadata("bis-dpl", options.Dataset), release, DplReader.Read(header, rows.Skip(1), path));
    }
}
