using Chokepoint.Documents;
using Chokepoint.Documents.Mentions;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public class MentionFinderTests
{
    private static MentionCluster Named(DocumentExtraction extraction, string form) =>
        extraction.Mentions.Clusters.Single(c => c.Forms.Contains(form));

    [Fact]
    public void Common_noun_abbreviations_are_not_mentions_and_hyphenated_codes_are_products()
    {
        var extraction = DocumentExtractor.Extract("Заводы ВПК выпускают системы ПВО и станки CNC. Завод поставляет агрегаты для БТР-82.");
        Assert.DoesNotContain(extraction.Mentions.Clusters, c => c.Forms.Any(f => f is "ВПК" or "ПВО" or "CNC"));
        Assert.Equal(MentionKind.Product, Named(extraction, "БТР-82").Kind);
    }

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

    [Theory]
    [InlineData("The goods went to Tekhnosfera LLC, a distributor.", "Tekhnosfera LLC", MentionKind.Organization)]
    [InlineData("It was sent by Shenzhen Guanghe Trading Co., Ltd. and addressed to a firm.", "Shenzhen Guanghe Trading Co., Ltd", MentionKind.Organization)]
    [InlineData("\"It matters,\" said Vaidotas Sakalauskas, an analyst.", "Vaidotas Sakalauskas", MentionKind.Person)]
    [InlineData("По словам председателя Госкомвоенпрома Дмитрия Пантуса, работы много.", "Дмитрия Пантуса", MentionKind.Person)]
    [InlineData("Завод, расположенный в Орше, работает.", "Орше", MentionKind.Location)]
    [InlineData("Брюссель, 29 июня 2024 года. Совет собрался.", "Брюссель", MentionKind.Location)]
    [InlineData("The Vilnius Institute for Policy Analysis said so.", "Vilnius Institute for Policy Analysis", MentionKind.Organization)]
    public void Names_are_told_by_legal_forms_speech_verbs_titles_and_place_cues(string text, string form, string kind)
    {
        Assert.Equal(kind, Named(DocumentExtractor.Extract(text), form).Kind);
    }

    [Fact]
    public void Currency_codes_and_bare_type_words_are_not_names()
    {
        var extraction = DocumentExtractor.Extract("Exports reached USD 410 million. Холдинг «БелОМО» вырос.");
        Assert.DoesNotContain(extraction.Mentions.Clusters, c => c.Forms.Contains("USD") || c.Forms.Contains("Холдинг"));
    }

    [Fact]
    public void Sanctions_part_of_and_exports_become_relations()
    {
        var extraction = DocumentExtractor.Extract(
            "Volat Trading House, MZKT's sales arm, hired staff. MZKT has been designated by the United Kingdom. " +
            "Tekhnosfera LLC has been on the EU sanctions list since 2023. Евросоюз утвердил пакет санкций, в который вошли ОАО «Интеграл» и ОАО «КБ Радар».");
        string Id(string form) => Named(extraction, form).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var relations = extraction.Relations.Select(r => $"{r.Subject} {r.Predicate} {r.Object}").ToList();
        Assert.Contains($"{Id("Volat Trading House")} part_of {Id("MZKT")}", relations);
        Assert.Contains($"{Id("MZKT")} sanctioned_by {Id("United Kingdom")}", relations);
        Assert.Contains($"{Id("Tekhnosfera LLC")} sanctioned_by {Id("EU")}", relations);
        Assert.Contains($"{Id("ОАО «КБ Радар»")} sanctioned_by {Id("Евросоюз")}", relations);
    }
}
