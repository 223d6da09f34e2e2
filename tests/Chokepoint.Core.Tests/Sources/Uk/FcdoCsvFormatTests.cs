using Chokepoint.Sources.Uk;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace Chokepoint.Core.Tests.Sources.Uk;

public class FcdoCsvFormatTests
{
    [Fact]
    public async Task Designations_sharing_an_ofsi_group_are_one_entity_with_a_sanction_each()
    {
        var folder = ListImport.Fixture("fcdo_normalized_slice");
        using var parser = new TextFieldParser(Path.Combine(folder, "subjects.csv")) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.ToList();
        var keys = new Dictionary<string, string>();
        var designations = 0;
        while (parser.ReadFields() is { } row)
        {
            designations++;
            var group = row[header.IndexOf("ofsi_group_id")];
            keys.TryAdd(group.Length > 0 ? group : row[header.IndexOf("unique_id")], row[header.IndexOf("subject_type")]);
        }

        var stats = await ListImport.RunAsync(FcdoCsvFormat.Open, folder);

        Assert.Equal(keys.Values.Count(t => t == "individual"), stats.Count("Person"));
        Assert.Equal(keys.Values.Count(t => t == "entity"), stats.Count("Organization"));
        Assert.Equal(keys.Values.Count(t => t == "ship"), stats.Count("Vessel"));
        Assert.Equal(designations, stats.Count("Sanction"));
        Assert.True(designations > keys.Count);
    }
}
