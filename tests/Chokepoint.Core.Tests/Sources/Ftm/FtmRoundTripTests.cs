using System.Text;
using System.Text.Json;
using Chokepoint.Core.Tests.Support;
using Chokepoint.Sources.Ftm;

namespace Chokepoint.Core.Tests.Sources.Ftm;

public class FtmRoundTripTests
{
    [Theory]
    [InlineData("zala.entities.ftm.json")]
    [InlineData("parteispenden.entities.ftm.json")]
    [InlineData("t1.entities.ftm.json")]
    public async Task Import_then_export_keeps_every_entity_schema_property_value_and_referent(string fixture)
    {
        await using var temp = await TempStore.CreateAsync();
        var path = TempStore.Fixture("ftm", fixture);
        await temp.ImportFtmAsync(path, "sample");

        using var output = new MemoryStream();
        var exported = await FtmExporter.ExportAsync(temp.Store.View, "sample", output);

        var original = ReadEntities(File.ReadAllText(path));
        var roundTrip = ReadEntities(Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(original.Count, exported);
        Assert.Equal(original.Keys.Order(), roundTrip.Keys.Order());
        foreach (var (id, entity) in original)
        {
            var copy = roundTrip[id];
            Assert.Equal(entity.Schema, copy.Schema);
            Assert.Equal(entity.Properties.Keys.Order(), copy.Properties.Keys.Order());
            foreach (var (prop, values) in entity.Properties)
                Assert.Equal(values.Distinct().Order(), copy.Properties[prop].Order());
            Assert.Equal(entity.Referents.Where(r => r != id).Order(), copy.Referents.Order());
        }
    }

    [Fact]
    public async Task Export_writes_caption_datasets_and_seen_dates()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.ImportFtmAsync(TempStore.Fixture("ftm", "t1.entities.ftm.json"), "t1", release: "2024-05-01");
        using var output = new MemoryStream();
        await FtmExporter.ExportAsync(temp.Store.View, null, output);
        using var first = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()).Split('\n')[0]);
        var root = first.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("caption").GetString()));
        Assert.Equal("t1", root.GetProperty("datasets")[0].GetString());
        Assert.Equal("2023-04-20T18:00:25", root.GetProperty("first_seen").GetString());
        Assert.Equal("2024-05-01", root.GetProperty("last_seen").GetString());
    }

    private sealed record Parsed(string Schema, Dictionary<string, List<string>> Properties, List<string> Referents);

    private static Dictionary<string, Parsed> ReadEntities(string text)
    {
        var entities = new Dictionary<string, Parsed>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var properties = root.GetProperty("properties").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToList());
            var referents = root.TryGetProperty("referents", out var r) ? r.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
            entities[root.GetProperty("id").GetString()!] = new Parsed(root.GetProperty("schema").GetString()!, properties, referents);
        }
        return entities;
    }
}
