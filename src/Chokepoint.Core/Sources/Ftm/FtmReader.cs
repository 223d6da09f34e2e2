using System.Runtime.CompilerServices;
using System.Text.Json;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Ftm;

/// <summary>
/// Reads FollowTheMoney entities, one JSON object per line. Besides FtM's keys, a line may carry
/// Chokepoint's <c>source</c> (a source id) and <c>quote</c> (the words that support its values).
/// Delta lines (<c>{"op": "ADD", "entity": {...}}</c>) are read as their entity.
/// </summary>
public static class FtmReader
{
    public static async IAsyncEnumerable<ReadItem> ReadAsync(LineReader lines, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (number, utf8, issue) in lines.ReadUtf8Async(cancellationToken))
        {
            if (issue is not null)
            {
                yield return ReadItem.Bad(issue);
                continue;
            }
            if (utf8.Span.Trim(" \t\r"u8).IsEmpty)
                continue;
            yield return Parse(lines.DisplayName, number, utf8);
        }
    }

    public static ReadItem Parse(string file, long line, ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException error)
        {
            return ReadItem.Bad(new ImportIssue(file, line, null, $"is not valid JSON ({error.Message.Split(" Path:")[0]})"));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("op", out var op) && root.TryGetProperty("entity", out var inner))
            {
                if (op.ValueKind != JsonValueKind.String || op.GetString() != "ADD")
                    return ReadItem.Bad(new ImportIssue(file, line, "op", $"delta operation {op} is not supported by a full import; only ADD"));
                root = inner;
            }
            if (root.ValueKind != JsonValueKind.Object)
                return ReadItem.Bad(new ImportIssue(file, line, null, "is not a JSON object"));
            return ReadEntity(file, line, root);
        }
    }

    private static ReadItem ReadEntity(string file, long line, JsonElement root)
    {
        if (String(root, "id") is not { } id)
            return Bad(file, line, "id", "is missing or not a string");
        if (String(root, "schema") is not { } schema)
            return Bad(file, line, "schema", "is missing or not a string");
        if (root.TryGetProperty("source", out var source) && source.ValueKind != JsonValueKind.String)
            return Bad(file, line, "source", "must be a string (a source id)");
        var record = new EntityRecord
        {
            Id = id,
            Schema = schema,
            File = file,
            Line = line,
            SourceId = String(root, "source"),
            Quote = String(root, "quote"),
            FirstSeen = String(root, "first_seen"),
        };
        if (!root.TryGetProperty("properties", out var properties))
            return Bad(file, line, "properties", "is missing");
        if (properties.ValueKind != JsonValueKind.Object)
            return Bad(file, line, "properties", "must be an object of property name to list of values");
        foreach (var property in properties.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
                return Bad(file, line, $"properties.{property.Name}", "must be a list of values");
            var index = 0;
            var name = property.Name;
            foreach (var value in property.Value.EnumerateArray())
            {
                var text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
                if (text is null)
                    return Bad(file, line, $"properties.{name}[{index}]", $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
                record.Add(name, text);
                index++;
            }
        }
        if (root.TryGetProperty("referents", out var referents) && referents.ValueKind == JsonValueKind.Array)
        {
            foreach (var referent in referents.EnumerateArray())
            {
                if (referent.ValueKind == JsonValueKind.String && referent.GetString() is { Length: > 0 } value)
                    record.Referents.Add(value);
            }
        }
        return ReadItem.Of(record);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ReadItem Bad(string file, long line, string field, string message) =>
        ReadItem.Bad(new ImportIssue(file, line, field, message));
}
