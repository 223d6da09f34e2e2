using Chokepoint.Sources;
using Chokepoint.Sources.UsTrade;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace Chokepoint.Core.Tests.Sources.UsTrade;

public class CslFormatTests
{
    [Theory]
    [InlineData("csl_sample_2025-06.csv")]
    [InlineData("csl_sample_2019-12.csv")]
    public async Task Every_row_is_a_listed_entity_with_its_sanction(string fixture)
    {
        var path = ListImport.Fixture(fixture);
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.ToList();
        var keys = new Dictionary<string, string>();
        var rows = 0;
        while (parser.ReadFields() is { } row)
        {
            rows++;
            string Get(string name) => header.IndexOf(name) is var i and >= 0 ? row[i].Trim() : "";
            var key = Get("_id") is { Length: > 0 } id ? id : Get("entity_number") is { Length: > 0 } n ? n : ListValues.Hash(Get("source"), Get("name"), Get("addresses"));
            keys[key] = Get("type");
        }

        var stats = await ListImport.RunAsync(CslFormat.Open, path);

        Assert.Equal(keys.Values.Count(t => t == "Individual"), stats.Count("Person"));
        Assert.Equal(keys.Values.Count(t => t == "Entity"), stats.Count("Organization"));
        Assert.Equal(keys.Values.Count(t => t == "Vessel"), stats.Count("Vessel"));
        Assert.Equal(keys.Values.Count(t => t.Length == 0), stats.Count("LegalEntity"));
        Assert.Equal(rows, stats.Count("Sanction"));
    }
}
