using Chokepoint.Datasets;
using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Sources;

/// <summary>The dataset metadata of each official list, from <c>Resources/official_lists.yaml</c>.</summary>
public static class OfficialLists
{
    private static readonly Lazy<Dictionary<string, DatasetInfo>> Loaded = new(Load);

    /// <summary>The metadata of one list, named for the dataset the import writes to.</summary>
    public static DatasetInfo Metadata(string list, string dataset) =>
        Loaded.Value.TryGetValue(list, out var info)
            ? info with { Name = dataset }
            : throw new KeyNotFoundException($"official list '{list}' is not described in official_lists.yaml");

    private static Dictionary<string, DatasetInfo> Load()
    {
        var entries = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build()
            .Deserialize<Dictionary<string, Entry>>(Resources.Read("official_lists.yaml"));
        return entries.ToDictionary(e => e.Key, e => new DatasetInfo
        {
            Name = e.Key,
            Title = e.Value.Title,
            Summary = e.Value.Summary,
            Publisher = e.Value.Publisher,
            Url = e.Value.Url,
            License = e.Value.License,
        }, StringComparer.Ordinal);
    }

    private sealed class Entry
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Publisher { get; set; }
        public string? Url { get; set; }
        public string? License { get; set; }
    }
}
