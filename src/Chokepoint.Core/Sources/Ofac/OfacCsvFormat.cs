using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Chokepoint.Datasets;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Ofac;

/// <summary>
/// Opens OFAC's legacy CSV release (SDN: sdn/add/alt/sdn_comments; consolidated non-SDN: cons_prim/add/alt/comments).
/// The files carry no date; the release comes from --release or a date in the file or folder name.
/// </summary>
public static partial class OfacCsvFormat
{
    public const string SdnName = "ofac-sdn-csv";
    public const string ConsName = "ofac-cons-csv";

    public static ImportInput OpenSdn(string path, ImportOptions options) =>
        Open(path, options, OfacCsvSet.Sdn, OfficialLists.Metadata("ofac-sdn", options.Dataset));

    public static ImportInput OpenCons(string path, ImportOptions options) =>
        Open(path, options, OfacCsvSet.Cons, OfficialLists.Metadata("ofac-cons", options.Dataset));

    private static ImportInput Open(string path, ImportOptions options, (string, string, string, string) names, DatasetInfo metadata)
    {
        var set = OfacCsvSet.Find(path, names);
        var total = set.All.Sum(f => InputFiles.Check(f, options.MaxFileBytes).Length);
        var release = ReleaseDate().Match(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
        var manifest = DatasetManifest.Beside(set.Primary) is { } m && m.Name == options.Dataset ? m : null;
        long read = 0;
        return new ImportInput
        {
            File = path,
            Metadata = manifest?.ToDatasetInfo() ?? metadata,
            Release = manifest?.Release ?? (release.Success ? release.Value : null),
            Sources = [InputFiles.ReleaseSource(set.Primary, options.Dataset, metadata.Url)],
            Records = ReadAsync(set, options, () => read = total),
            TotalBytes = total,
            BytesRead = () => read,
        };
    }

    private static async IAsyncEnumerable<ReadItem> ReadAsync(OfacCsvSet set, ImportOptions options, Action done, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var entries = await OfacCsvLoader.LoadAsync(set, options.MaxFileBytes, cancellationToken);
        done();
        var names = new OfacNameIndex(entries);
        var mapper = new OfacMapper(names.Resolve);
        foreach (var entry in entries)
        {
            foreach (var record in mapper.Map(entry))
                yield return ReadItem.Of(record);
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}(-\d{2})?")]
    private static partial Regex ReleaseDate();
}
