using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chokepoint.Matching;

/// <summary>The body of <c>POST /match/{dataset}</c>: up to <see cref="MaxQueries"/> queries by key.</summary>
public sealed class MatchRequest
{
    public const int MaxQueries = 100;

    [JsonPropertyName("queries")]
    public Dictionary<string, EntityQuery?>? Queries { get; set; }

    /// <summary>Parses a request body; malformed JSON is a 422 naming the position.</summary>
    public static MatchRequest Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MatchRequest>(json) ?? throw MatchException.Invalid("body: a JSON object with 'queries' is required");
        }
        catch (JsonException error)
        {
            throw MatchException.Invalid($"body: malformed JSON{(error.Path is { } path ? $" at {path}" : "")}{(error.LineNumber is { } line ? $" (line {line + 1})" : "")}");
        }
    }
}
