using System.Text.Json.Serialization;

namespace Chokepoint.Matching;

/// <summary>One query of a yente-style batch: <c>{"schema": "Person", "properties": {"name": ["..."], "birthDate": "1954"}}</c>.</summary>
public sealed class EntityQuery
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("schema")]
    public string? Schema { get; set; }

    /// <summary>Property values; yente clients send a string or a list of strings.</summary>
    [JsonPropertyName("properties")]
    [JsonConverter(typeof(PropertyValuesConverter))]
    public Dictionary<string, List<string>>? Properties { get; set; }
}
