using System.Text.Encodings.Web;
using System.Text.Json;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Sources.Ftm;

/// <summary>Writes entities as FollowTheMoney JSON lines (id, caption, schema, properties, datasets, referents, first/last seen).</summary>
public static class FtmExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Exports one dataset, or every dataset when <paramref name="dataset"/> is null; returns the entity count.</summary>
    public static async Task<long> ExportAsync(IStoreView view, string? dataset, Stream output, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        long count = 0;
        await foreach (var entity in view.StreamEntitiesAsync(dataset, cancellationToken))
        {
            if (entity.Properties.Count == 0)
                continue;
            await using (var writer = new Utf8JsonWriter(output, Options))
                Write(writer, entity);
            output.WriteByte((byte)'\n');
            if (++count % 5000 == 0)
                progress?.Report(count);
        }
        await output.FlushAsync(cancellationToken);
        progress?.Report(count);
        return count;
    }

    public static void Write(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("caption", entity.Caption);
        writer.WriteString("schema", entity.Schema.Name);
        writer.WriteStartObject("properties");
        foreach (var (prop, values) in entity.Properties)
        {
            writer.WriteStartArray(prop);
            foreach (var value in values)
                writer.WriteStringValue(value);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        WriteList(writer, "datasets", entity.Datasets);
        WriteList(writer, "referents", entity.Referents);
        if (entity.FirstSeen is { } first)
            writer.WriteString("first_seen", first);
        if (entity.LastSeen is { } last)
            writer.WriteString("last_seen", last);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
