using Chokepoint.Importing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Sources.Updates;

/// <summary>The <c>chokepoint.yaml</c> settings of <c>sources update</c>: the publishers' URLs and download limits.</summary>
public sealed class UpdateConfig
{
    public const string FileName = "chokepoint.yaml";

    /// <summary>Largest download accepted; a longer body is refused before it fills the disk.</summary>
    public long MaxDownloadBytes { get; set; } = 512L * 1024 * 1024;

    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Attempts per download after the first, for 5xx answers, timeouts and broken transfers.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>Delay before the first retry; doubled for each further one.</summary>
    public double RetryDelaySeconds { get; set; } = 2;

    public List<UpdateSource> Sources { get; set; } = [];

    public static UpdateConfig Load(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        UpdateConfig config;
        try
        {
            config = deserializer.Deserialize<UpdateConfig>(File.ReadAllText(path)) ?? new UpdateConfig();
        }
        catch (YamlException error)
        {
            throw new ImportException(path, error.Start.Line, null, $"is not a valid configuration: {error.Message}");
        }
        foreach (var source in config.Sources)
        {
            if (string.IsNullOrWhiteSpace(source.Dataset) || string.IsNullOrWhiteSpace(source.Format) || !Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new ImportException(path, null, "sources", $"each source needs a dataset, a format and an http(s) url ('{source.Dataset}' does not)");
        }
        return config;
    }

    /// <summary>CHOKEPOINT_CONFIG, or chokepoint.yaml in the working directory or the nearest folder above it.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHOKEPOINT_CONFIG") is { Length: > 0 } configured)
            return configured;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}

/// <summary>One list to update: the dataset, the import format and the publisher's official URL.</summary>
public sealed class UpdateSource
{
    public string Dataset { get; set; } = "";
    public string Format { get; set; } = "";
    public string Url { get; set; } = "";
}
