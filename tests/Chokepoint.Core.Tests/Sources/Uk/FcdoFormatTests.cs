using System.Xml.Linq;
using Chokepoint.Importing;
using Chokepoint.Sources.Uk;
using Chokepoint.Storage;
using Xunit;

namespace Chokepoint.Core.Tests.Sources.Uk;

public class FcdoFormatTests
{
    [Fact]
    public async Task Designations_map_by_kind_with_ofsi_group_ids()
    {
        var path = ListImport.Fixture("fcdo_uk_sanctions_list_sample_2026-08-14.xml");
        var designations = XDocument.Load(path).Descendants("Designation").ToList();
        int Kind(string kind) => designations.Count(d => (string?)d.Element("IndividualEntityShip") == kind);

        await using var store = await StoreFactory.OpenAsync(ListImport.TempDb());
        var options = new ImportOptions { Dataset = "gb_hmt_sanctions" };
        await ImportRunner.RunAsync(store, FcdoFormat.Open(path, options), options);
        var stats = await store.View.GetStatsAsync("gb_hmt_sanctions");

        Assert.Equal(Kind("Individual"), stats.Count("Person"));
        Assert.Equal(Kind("Entity"), stats.Count("Organization"));
        Assert.Equal(Kind("Ship"), stats.Count("Vessel"));
        Assert.Equal(designations.Count, stats.Count("Sanction"));
        var mansur = await store.View.GetEntityAsync("gb-hmt-7270");
        Assert.NotNull(mansur);
        Assert.Contains(mansur.Statements, s => s.Prop == "passportNumber" && s.Value == "D0009720");
        Assert.Contains(mansur.Statements, s => s.Prop == "birthDate" && s.Value == "1968");
        Assert.Contains(mansur.Statements, s => s.Prop == "weakAlias" || s.Prop == "alias");
        var ship = (await store.View.GetStatsAsync("gb_hmt_sanctions")).Count("Vessel");
        Assert.Equal(1, ship);
    }
}
