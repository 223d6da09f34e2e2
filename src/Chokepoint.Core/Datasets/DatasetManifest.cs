using Chokepoint.Importing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Datasets;

/// <summary>
/// A bundled or curated dataset's <c>dataset.yaml</c>: metadata, the sources its statements cite,
/// and the files to import (FtM entity files by default).
/// </summary>
public sealed class DatasetManifest
{
    public const string FileName = "dataset.yaml";

    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? License { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }

    /// <summary>The release date of the bundled snapshot, when it has one.</summary>
    public string? Release { get; set; }
    public List<ManifestSource> Sources { get; set; } = [];
    public List<ManifestResource> Resources { get; set; } = [];

    /// <summary>The folder holding the manifest; resource paths are relative to it.</summary>
    [YamlIgnore]
    public string Folder { get; private set; } = "";

    public static DatasetManifest Load(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        DatasetManifest manifest;
        try
        {
            manifest = deserializer.Deserialize<DatasetManifest>(File.ReadAllText(path)) ?? new DatasetManifest();
        }
        catch (YamlException error)
        {
            throw new ImportException(path, error.Start.Line, null, $"is not a valid dataset manifest: {error.Message}");
        }
        if (string.IsNullOrWhiteSpace(manifest.Name))
            throw new ImportException(path, null, "name", "is missing");
        manifest.Folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (manifest.Resources.Count == 0)
        {
            manifest.Resources = Directory.EnumerateFiles(manifest.Folder, "*.ftm.json")
                .Order(StringComparer.Ordinal)
                .Select(f => new ManifestResource { Path = Path.GetFileName(f), Format = "ftm" })
                .ToList();
        }
        return manifest;
    }

    /// <summary>The manifest beside a data file, when there is one.</summary>
    public static DatasetManifest? Beside(string file)
    {
        var candidate = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, FileName);
        return File.Exists(candidate) ? Load(candidate) : null;
    }

    public DatasetInfo ToDatasetInfo() => new()
    {
        Name = Name,
        Title = Title,
        Summary = Summary,
        License = License,
        Publisher = Publisher,
        Url = Url,
    };

    public IEnumerable<SourceInfo> SourceInfos() => Sources.Select(s => new SourceInfo
    {
        Id = s.Id,
        Dataset = Name,
        Kind = s.Id == "curation" ? "curation" : "document",
        Title = s.Title,
        Publisher = s.Publisher,
        Url = s.Url,
        Published = s.Published,
        Grading = s.Grading,
    });
}

public sealed class ManifestSource
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string? Grading { get; set; }
    public string? File { get; set; }
}

public sealed class ManifestResource
{
    public string Path { get; set; } = "";
    public string Format { get; set; } = "ftm";
}
