using Chokepoint.Datasets;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Ftm;

/// <summary>Opens an FtM JSON lines file for import; a <c>dataset.yaml</c> beside it names its sources.</summary>
public static class FtmFormat
{
    public const string Name = "ftm";

    public static ImportInput Open(string path, ImportOptions options)
    {
        var file = InputFiles.Check(path, options.MaxFileBytes);
        var fileSource = InputFiles.ReleaseSource(path, options.Dataset);
        var sources = new List<SourceInfo> { fileSource };
        DatasetInfo? metadata = null;
        string? release = null;
        if (DatasetManifest.Beside(path) is { } manifest && manifest.Name == options.Dataset)
        {
            metadata = manifest.ToDatasetInfo();
            release = manifest.Release;
            sources.AddRange(manifest.SourceInfos());
        }
        var lines = new LineReader(path);
        return new ImportInput
        {
            File = path,
            Metadata = metadata,
            Release = release,
            Sources = sources,
            Records = FtmReader.ReadAsync(lines),
            TotalBytes = file.Length,
            BytesRead = () => lines.BytesRead,
        };
    }
}
