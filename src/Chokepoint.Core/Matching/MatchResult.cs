using System.Text.Json.Serialization;

namespace Chokepoint.Matching;

/// <summary>A match: a candidate entity in yente's shape, with its score and the features that explain it.</summary>
public sealed class MatchResult
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("caption")] public required string Caption { get; init; }
    [JsonPropertyName("schema")] public required string Schema { get; init; }
    [JsonPropertyName("properties")] public required IReadOnlyDictionary<string, List<string>> Properties { get; init; }
    [JsonPropertyName("datasets")] public required IReadOnlyList<string> Datasets { get; init; }
    [JsonPropertyName("referents")] public required IReadOnlyList<string> Referents { get; init; }
    [JsonPropertyName("first_seen")] public string? FirstSeen { get; init; }
    [JsonPropertyName("last_seen")] public string? LastSeen { get; init; }

    /// <summary>Whether the entity is itself a sanctions target (a sanction.* topic), as opposed to a related entity.</summary>
    [JsonPropertyName("target")] public bool Target { get; init; }

    [JsonPropertyName("score")] public required double Score { get; init; }

    /// <summary>Score at or above the threshold.</summary>
    [JsonPropertyName("match")] public required bool Match { get; init; }

    /// <summary>Feature values by name (yente's <c>features</c>).</summary>
    [JsonPropertyName("features")] public required IReadOnlyDictionary<string, double> Features { get; init; }

    /// <summary>Per feature: what it means, its value for this pair and the weight it carries.</summary>
    [JsonPropertyName("explanations")] public required IReadOnlyDictionary<string, FeatureExplanation> Explanations { get; init; }
}

public sealed record FeatureExplanation(
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("weight")] double Weight);
