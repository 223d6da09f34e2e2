using System.Text.Json.Serialization;

namespace Chokepoint.Matching;

/// <summary>The body yente returns for <c>POST /match/{dataset}</c>: one response per query key, and the limit applied.</summary>
public sealed class MatchResponse
{
    [JsonPropertyName("responses")]
    public required Dictionary<string, QueryResponse> Responses { get; init; }

    [JsonPropertyName("limit")]
    public required int Limit { get; init; }
}

/// <summary>The answer to one query: results (best first, at most the limit), how many matched, and the query as cleaned.</summary>
public sealed class QueryResponse
{
    [JsonPropertyName("status")]
    public int Status { get; init; } = 200;

    [JsonPropertyName("results")]
    public required IReadOnlyList<MatchResult> Results { get; init; }

    [JsonPropertyName("total")]
    public required MatchTotal Total { get; init; }

    [JsonPropertyName("query")]
    public required CleanedQuery Query { get; init; }
}

/// <summary>How many candidates scored at or above the threshold, before the limit.</summary>
public sealed record MatchTotal(
    [property: JsonPropertyName("value")] int Value,
    [property: JsonPropertyName("relation")] string Relation = "eq");

/// <summary>The query echoed with cleaned values (country "Russia" → "ru", dates as ISO).</summary>
public sealed class CleanedQuery
{
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonPropertyName("schema")]
    public required string Schema { get; init; }

    [JsonPropertyName("properties")]
    public required Dictionary<string, List<string>> Properties { get; init; }
}
