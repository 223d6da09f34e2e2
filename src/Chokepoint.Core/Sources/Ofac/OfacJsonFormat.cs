using System.Runtime.CompilerServices;
using System.Text.Json;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Ofac;

/// <summary>
/// Opens the kindrat86/ofac-sdn-json mirror: <c>{published, entries: [{uid, name, type, programs[], alternateNames[]}]}</c>.
/// It carries names and programs only (no remarks, addresses or ids).
/// </summary>
public static class OfacJsonFormat
{
    public const string Name = "ofac-json";

    public static ImportInput Open(string path, ImportOptions options)
    {
        var file = InputFiles.Check(path, options.MaxFileBytes);
        string? published;
        using (var stream = InputStreams.Open(path, options.MaxFileBytes))
        using (var document = Parse(path, stream))
            published = document.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        long read = 0;
        return new ImportInput
        {
            File = path,
            Metadata = OfficialLists.Metadata("ofac-sdn", options.Dataset),
            Release = published,
            Sources = [InputFiles.ReleaseSource(path, options.Dataset, published: published)],
            Records = ReadAsync(path, options, () => read = file.Length),
            TotalBytes = file.Length,
            BytesRead = () => read,
        };
    }

    private static JsonDocument Parse(string path, Stream stream)
    {
        try
        {
            return JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException error)
        {
            throw new ImportException(path, error.LineNumber + 1, null, $"is not valid JSON ({error.Message.Split(" Path:")[0]})");
        }
    }

    private static async IAsyncEnumerable<ReadItem> ReadAsync(string path, ImportOptions options, Action done, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        using var stream = InputStreams.Open(path, options.MaxFileBytes);
        using var document = Parse(path, stream);
        done();
        if (!document.RootElement.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            throw new ImportException(path, null, "entries", "is missing or not a list");
        long index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            index++;
            var uid = entry.TryGetProperty("uid", out var u) ? u.ToString() : "";
            if (uid.Length == 0 || !uid.All(char.IsAsciiDigit))
                throw new ImportException(path, index, "uid", $"'{uid}' is not an OFAC entry number (entry {index})");
            var type = Text(entry, "type");
            var row = new OfacRow(path, index, [uid, Text(entry, "name"), type == "entity" ? null : type,
                string.Join("] [", Strings(entry, "programs")), null, null, null, null, null, null, null, null]);
            var ofac = new OfacEntry { Row = row };
            foreach (var alternate in Strings(entry, "alternateNames"))
                ofac.Alternates.Add(new OfacRow(path, index, [uid, null, "aka", alternate, null]));
            foreach (var record in new OfacMapper(_ => null).Map(ofac))
                yield return ReadItem.Of(record);
        }
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];
}
