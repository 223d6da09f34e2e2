using Chokepoint.Documents;
using Chokepoint.Documents.Mentions;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public class MentionFinderTests
{
    private static MentionCluster Named(DocumentExtraction extraction, string form) =>
        extraction.Mentions.Clusters.Single(c => c.Forms.Contains(form));

    [Fact]
    public void Acronym_in_parentheses_resolves_to_its_long_form()
    {
        var extraction = DocumentExtractor.Extract("Vacancies at Minsk Wheeled Tractor Plant (MZKT) doubled. Later MZKT hired more staff.");
        var plant = Named(extraction, "Minsk Wheeled Tractor Plant");
        Assert.Equal(MentionKind.Organization, plant.Kind);
        Assert.Equal(2, plant.Occurrences.Count(o => o.Surface == "MZKT"));
    }

    [Fact]
    public void Person_spelling_variants_join_one_person()
    {
        var extraction = DocumentExtractor.Extract("Lukashenka met officials. Later, Alyaksandr Lukashenka flew to Iran, and Lukashenko spoke.");
        var person = Named(extraction, "Alyaksandr Lukashenka");
        Assert.Equal(MentionKind.Person, person.Kind);
        Assert.Contains("Lukashenko", person.Forms);
        Assert.Contains("Lukashenka", person.Forms);
    }

    [Fact]
    public void Plant_of_a_plant_becomes_two_organizations_and_a_part_of_relation()
    {
        var extraction = DocumentExtractor.Extract("Reportedly, the Sphere Optical Plant of the Minsk Mechanical Plant named after I. V. Vavilov (MMZ) was busy.");
        var sphere = Named(extraction, "Sphere Optical Plant");
        var mmz = Named(extraction, "Minsk Mechanical Plant named after I. V. Vavilov");
        Assert.Contains("MMZ", mmz.Forms);
        Assert.Contains(extraction.Relations, r => r.Subject == sphere.Id && r.Predicate == "part_of" && r.Object == mmz.Id);
    }

    [Fact]
    public void Legal_forms_and_quotes_mark_organizations_in_latin_and_cyrillic()
    {
        var extraction = DocumentExtractor.Extract("ОАО «Пеленг» выпускает прицелы. AGAT-Control Systems, OJSC hires staff.");
        Assert.Equal(MentionKind.Organization, Named(extraction, "ОАО «Пеленг»").Kind);
        Assert.Equal("Пеленг", Named(extraction, "ОАО «Пеленг»").Canonical);
        Assert.Equal(MentionKind.Organization, Named(extraction, "AGAT-Control Systems, OJSC").Kind);
    }

    [Fact]
    public void Products_and_aircraft_are_told_by_their_nouns_and_codes()
    {
        var extraction = DocumentExtractor.Extract("The plant repairs Mi-8 helicopters and builds Sosna-U sighting devices.");
        Assert.Equal(MentionKind.Aircraft, Named(extraction, "Mi-8").Kind);
        Assert.Equal(MentionKind.Product, Named(extraction, "Sosna-U").Kind);
    }

    [Fact]
    public void Mixed_script_words_are_normalized_flagged_and_keep_offsets()
    {
        const string text = "Belarus plays a crucial role in supportinп Russia's war.";
        var extraction = DocumentExtractor.Extract(text);
        var flag = Assert.Single(extraction.MixedScript);
        Assert.Equal("supportinп", flag.Original);
        Assert.Equal("supportinn", flag.Normalized);
        Assert.Equal(text.Length, extraction.Text.Length);
        Assert.Equal("supportinп", text[flag.Start..flag.End]);
    }
}
