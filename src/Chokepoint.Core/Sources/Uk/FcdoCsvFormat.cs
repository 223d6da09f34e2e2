using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Uk;

/// <summary>
/// Opens the normalised CSV folder of the FCDO UK Sanctions List (covyr/uk-sanctions-list: subjects.csv with
/// subject_names, subject_dobs, subject_countries and subject_identifiers keyed by unique_id). Entities get
/// <c>gb-hmt-&lt;ofsi_group_id&gt;</c> like the other UK formats; designations sharing a group are one entity.
/// </summary>
public static class FcdoCsvFormat
{
    public const string Name = "uk-fcdo-csv";

    public static ImportInput Open(string path, ImportOptions options)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var subjectsPath = Path.Combine(folder, "subjects.csv");
        var subjects = Table(subjectsPath, options, "unique_id", "subject_type", "ofsi_group_id", "date_designated", "last_updated");
        var related = new Dictionary<string, ILookup<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var name in new[] { "subject_names", "subject_dobs", "subject_countries", "subject_identifiers" })
        {
            var file = Path.Combine(folder, name + ".csv");
            related[name] = (File.Exists(file) ? Table(file, options, "unique_id") : []).ToLookup(r => r["unique_id"], StringComparer.Ordinal);
        }
        var release = subjects.Select(s => ListValues.DayFirstDate(s["last_updated"])).Where(d => d is { Length: 10 }).Max(StringComparer.Ordinal);
        var metadata = OfficialLists.Metadata("uk-fcdo", options.Dataset);
        return ListFile.Input(subjectsPath, options, metadata, release, Read(subjects, related, subjectsPath));
    }

    private static List<Dictionary<string, string>> Table(string path, ImportOptions options, params string[] required)
    {
        var rows = CsvParser.Parse(ListFile.ReadText(path, options), path).ToList();
        if (rows.Count == 0)
            throw new ImportException(path, 1, null, "has no header row");
        var header = new CsvHeader(rows[0]);
        header.Require(path, required);
        var names = rows[0].Fields.Select(f => f.Trim()).ToArray();
        return rows.Skip(1).Select(row =>
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal) { ["$line"] = row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            for (var i = 0; i < names.Length; i++)
                record[names[i]] = row.Get(i);
            return record;
        }).ToList();
    }

    private static IEnumerable<ReadItem> Read(List<Dictionary<string, string>> subjects, Dictionary<string, ILookup<string, Dictionary<string, string>>> related, string file)
    {
        foreach (var group in subjects.GroupBy(s => s["ofsi_group_id"] is { Length: > 0 } g ? g : s["unique_id"]))
        {
            foreach (var record in FcdoCsvSubject.Map(group.Key, group.ToList(), related, file))
                yield return ReadItem.Of(record);
        }
    }
}
