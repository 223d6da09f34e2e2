using System.Xml.Linq;
using Chokepoint.Sources.Eu;
using Xunit;

namespace Chokepoint.Core.Tests.Sources.Eu;

public class EuFsfFormatTests
{
    private static readonly XNamespace Ns = EuFsfFormat.Namespace;

    [Fact]
    public async Task Sample_gives_one_entity_per_distinct_logical_id_and_a_sanction_each()
    {
        var path = ListImport.Fixture("eu_fsf_sample_deriv.xml");
        var entities = XDocument.Load(path).Descendants(Ns + "sanctionEntity")
            .GroupBy(e => (string)e.Attribute("logicalId")!).Select(g => g.First()).ToList();
        var persons = entities.Count(e => (string?)e.Element(Ns + "subjectType")?.Attribute("code") == "person");
        var passports = entities.SelectMany(e => e.Elements(Ns + "identification")).Count(i => (string?)i.Attribute("identificationTypeCode") == "passport");

        var stats = await ListImport.RunAsync(EuFsfFormat.Open, path);

        Assert.Equal(persons, stats.Count("Person"));
        Assert.Equal(entities.Count - persons, stats.Count("Organization"));
        Assert.Equal(entities.Count, stats.Count("Sanction"));
        Assert.Equal(passports, stats.Count("Passport"));
    }

    [Fact]
    public async Task Circa_birth_dates_keep_only_the_year_and_the_release_is_the_generation_date()
    {
        await using var store = await Chokepoint.Storage.StoreFactory.OpenAsync(ListImport.TempDb());
        var options = new Chokepoint.Importing.ImportOptions { Dataset = "eu_fsf" };
        await Chokepoint.Importing.ImportRunner.RunAsync(store, EuFsfFormat.Open(ListImport.Fixture("eu_fsf_sample_deriv.xml"), options), options);
        var entity = await store.View.GetEntityAsync("eu-fsf-5295");

        Assert.NotNull(entity);
        var values = entity.Statements.Where(s => s.Prop == "birthDate").Select(s => s.Value).ToList();
        Assert.Contains("1965-12-12", values);
        Assert.Contains("1958", values);
        Assert.Contains(entity.Statements, s => s.Prop == "citizenship" && s.Value == "dz");
        Assert.Equal("2020-04-15", (await store.View.ListReleasesAsync("eu_fsf")).Single().Release);
    }
}
