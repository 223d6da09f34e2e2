using Chokepoint.Importing;
using Chokepoint.Sources.Uk;
using Chokepoint.Storage;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace Chokepoint.Core.Tests.Sources.Uk;

public class OfsiFormatTests
{
    /// <summary>Distinct Group IDs per Group Type, counted with the framework's own CSV parser.</summary>
    internal static Dictionary<string, int> GroupsByType(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var header = parser.ReadFields()!.ToList();
        var groups = new Dictionary<string, HashSet<string>>();
        while (parser.ReadFields() is { } row)
        {
            var type = row[header.IndexOf("Group Type")];
            (groups.TryGetValue(type, out var set) ? set : groups[type] = []).Add(row[header.IndexOf("Group ID")]);
        }
        return groups.ToDictionary(g => g.Key, g => g.Value.Count);
    }

    [Theory]
    [InlineData("uk_conlist_2025-04_slice.csv")]
    [InlineData("ofsi_conlist_sample_deriv.csv")]
    public async Task One_entity_per_group_id_with_schema_by_group_type(string fixture)
    {
        var path = ListImport.Fixture(fixture);
        var expected = GroupsByType(path);

        var stats = await ListImport.RunAsync(OfsiFormat.Open, path);

        Assert.Equal(expected.GetValueOrDefault("Individual"), stats.Count("Person"));
        Assert.Equal(expected.GetValueOrDefault("Entity"), stats.Count("Organization"));
        Assert.Equal(expected.GetValueOrDefault("Ship"), stats.Count("Vessel"));
        Assert.True(stats.Count("Sanction") >= expected.Values.Sum());
    }

    [Fact]
    public async Task Name_variants_become_names_aliases_and_weak_aliases_with_partial_birth_dates()
    {
        await using var store = await StoreFactory.OpenAsync(ListImport.TempDb());
        var options = new ImportOptions { Dataset = "gb_hmt_sanctions" };
        await ImportRunner.RunAsync(store, OfsiFormat.Open(ListImport.Fixture("ofsi_conlist_sample_deriv.csv"), options), options);

        var entity = await store.View.GetEntityAsync("gb-hmt-13063");

        Assert.NotNull(entity);
        Assert.Equal("Person", entity.Schema.Name);
        var births = entity.Statements.Where(s => s.Prop == "birthDate").Select(s => s.Value).ToList();
        Assert.Contains("1983-07-05", births);
        Assert.Contains("1983", births);
        Assert.Equal("2020-04-27", (await store.View.ListReleasesAsync("gb_hmt_sanctions")).Single().Release);
        var hojati = await store.View.GetEntityAsync("gb-hmt-9053");
        Assert.Contains(hojati!.Statements, s => s.Prop == "alias" && s.Value == "محسن حجتی");
        var sanction = (await store.View.GetStatsAsync("gb_hmt_sanctions")).Count("Sanction");
        Assert.True(sanction > 0);
    }
}
