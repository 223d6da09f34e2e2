using System.Xml.Linq;
using Chokepoint.Importing;

namespace Chokepoint.Core.Tests.Sources.Un;

public sealed class UnXmlImportTests
{
    private static readonly string Cut = TestStore.Fixture("un/un_consolidated_2026-02-27_cut.xml");

    [Fact]
    public async Task Individuals_and_entities_match_the_file_and_release_is_date_generated()
    {
        await using var test = await TestStore.CreateAsync();
        var result = await test.ImportAsync("auto", Cut, "un_sc_sanctions");
        Assert.Equal("2026-02-27", result.Release);
        var root = XDocument.Load(Cut).Root!;
        var stats = await test.Store.View.GetStatsAsync("un_sc_sanctions");
        Assert.Equal(root.Descendants("INDIVIDUAL").Count(), stats.Schemata["Person"]);
        Assert.Equal(root.Descendants("ENTITY").Count(), stats.Schemata["Organization"]);
        Assert.Equal(root.Descendants("INDIVIDUAL").Count() + root.Descendants("ENTITY").Count(), stats.Schemata["Sanction"]);
    }

    [Fact]
    public async Task Aliases_are_kept_apart_by_quality_and_sanction_carries_reference()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ImportAsync("un-xml", Cut, "un_sc_sanctions");
        var root = XDocument.Load(Cut).Root!;
        var low = root.Descendants("INDIVIDUAL").First(i => i.Elements("INDIVIDUAL_ALIAS").Any(a => a.Element("QUALITY")?.Value == "Low"));
        var id = $"unsc-{low.Element("DATAID")!.Value}";
        var entity = (await test.Store.View.GetEntityAsync(id))!;
        var lowName = low.Elements("INDIVIDUAL_ALIAS").First(a => a.Element("QUALITY")?.Value == "Low").Element("ALIAS_NAME")!.Value.Trim();
        Assert.Contains(lowName, entity.Get("weakAlias"));
        Assert.DoesNotContain(lowName, entity.Get("alias"));
        var sanction = (await test.Store.View.GetEntityAsync($"{id}-sanction"))!;
        Assert.Equal(["United Nations Security Council"], sanction.Get("authority"));
        Assert.Equal([low.Element("REFERENCE_NUMBER")!.Value.Trim()], sanction.Get("unscId"));
        Assert.Equal([low.Element("LISTED_ON")!.Value.Trim()], sanction.Get("listingDate"));
    }

    [Fact]
    public async Task Between_dates_of_birth_give_both_years()
    {
        await using var test = await TestStore.CreateAsync();
        await test.ImportAsync("un-xml", Cut, "un_sc_sanctions");
        var between = XDocument.Load(Cut).Root!.Descendants("INDIVIDUAL_DATE_OF_BIRTH").First(d => d.Element("TYPE_OF_DATE")?.Value == "BETWEEN");
        var id = $"unsc-{between.Parent!.Element("DATAID")!.Value}";
        var entity = (await test.Store.View.GetEntityAsync(id))!;
        Assert.Contains(between.Element("FROM_YEAR")!.Value, entity.Get("birthDate"));
        Assert.Contains(between.Element("TO_YEAR")!.Value, entity.Get("birthDate"));
    }

    [Theory]
    [InlineData("<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&lol2;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>")]
    public async Task Xml_with_a_dtd_is_refused(string xml)
    {
        await using var test = await TestStore.CreateAsync();
        var path = Path.Combine(test.Folder, "hostile.xml");
        await File.WriteAllTextAsync(path, xml);
        var error = await Assert.ThrowsAsync<ImportException>(() => test.ImportAsync("un-xml", path, "un_sc_sanctions"));
        Assert.Contains("DTD", error.Issue.Message);
        Assert.Null(await test.Store.View.GetDatasetAsync("un_sc_sanctions"));
    }
}
