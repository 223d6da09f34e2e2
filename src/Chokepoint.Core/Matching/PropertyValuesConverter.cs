using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chokepoint.Matching;

/// <summary>Reads yente property values: each property is a string or an array of strings (numbers are taken as text).</summary>
internal sealed class PropertyValuesConverter : JsonConverter<Dictionary<string, List<string>>>
{
    public override Dictionary<string, List<string>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("properties must be an object");
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            var values = new List<string>();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    values.Add(Scalar(ref reader));
            }
            else if (reader.TokenType != JsonTokenType.Null)
                values.Add(Scalar(ref reader));
            result[name] = values;
        }
        return result;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, List<string>> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, values) in value)
        {
            writer.WriteStartArray(name);
            foreach (var v in values)
                writer.WriteStringValue(v);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static string Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonTokenType.True or JsonTokenType.False => reader.GetBoolean() ? "true" : "false",
        _ => throw new JsonException("property values must be strings or arrays of strings"),
    };
}
