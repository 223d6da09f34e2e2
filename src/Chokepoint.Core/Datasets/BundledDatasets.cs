using Chokepoint.Importing;
using Chokepoint.Sources;
using Chokepoint.Storage;

namespace Chokepoint.Datasets;

/// <summary>The datasets shipped under <c>data/</c> (one folder per dataset, each with a dataset.yaml), loaded on first start.</summary>
public static class BundledDatasets
{
    /// <summary>CHOKEPOINT_DATA, or the nearest <c>data/</c> folder above the working directory or the program.</summary>
    public static string? FindDataFolder()
    {
        if (Environment.GetEnvironmentVariable("CHOKEPOINT_DATA") is { Length: > 0 } configured)
            return Directory.Exists(configured) ? configured : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, DatasetManifest.FileName, SearchOption.AllDirectories).Any())
                    return candidate;
            }
        }
        return null;
    }

    public static IReadOnlyList<DatasetManifest> List(string dataFolder) =>
        Directory.EnumerateFiles(dataFolder, DatasetManifest.FileName, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(DatasetManifest.Load)
            .ToList();

    public sealed record Outcome(DatasetInfo Dataset, bool Loaded);

    /// <summary>Imports every resource of a manifest, unless the dataset is already loaded and <paramref name="force"/> is off.</summary>
    public static async Task<Outcome> LoadAsync(
        IStore store,
        DatasetManifest manifest,
        bool force,
        Func<string, Func<IProgress<ImportProgress>, Task<ImportResult>>, Task<ImportResult>> withProgress,
        CancellationToken cancellationToken)
    {
        if (!force && await store.View.GetDatasetAsync(manifest.Name, cancellationToken) is { Statements: > 0 } existing)
            return new Outcome(existing, false);
        ImportResult? result = null;
        foreach (var (resource, index) in manifest.Resources.Select((r, i) => (r, i)))
        {
            var options = new ImportOptions
            {
                Dataset = manifest.Name,
                Release = manifest.Release,
                Mode = index == 0 ? ImportMode.Replace : ImportMode.Append,
            };
            var path = Path.Combine(manifest.Folder, resource.Path);
            if (!SourceFormats.IsKnown(resource.Format))
                throw new NotSupportedException($"{manifest.Name}: bundled format '{resource.Format}' is not supported");
            var input = SourceFormats.Open(resource.Format, path, options);
            result = await withProgress($"load {manifest.Name}", p => ImportRunner.RunAsync(store, input, options, p, cancellationToken));
        }
        return result is null
            ? throw new InvalidDataException($"{manifest.Name}: the manifest lists no files to import")
            : new Outcome(result.Dataset, true);
    }
}
