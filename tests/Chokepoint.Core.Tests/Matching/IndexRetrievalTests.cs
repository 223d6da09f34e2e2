using Chokepoint.Matching;
using Chokepoint.Model;
using Chokepoint.Names;
using Chokepoint.Statements;
using Xunit;

namespace Chokepoint.Core.Tests.Matching;

/// <summary>Candidate generation reaches what scoring aligns: organisation acronyms, one-word Korean names, token readings.</summary>
public class IndexRetrievalTests
{
    private static Entity Make(string id, string schema, string name)
    {
        var entity = new Entity(id, SchemaModel.Default.Get(schema));
        entity.Datasets.Add("lists");
        entity.Add("name", name);
        return entity;
    }

    private static IndexSegment Segment() => IndexSegment.Build("lists", [
        Make("o-pla", "Organization", "People's Liberation Army"),
        Make("o-plf", "Organization", "People's Liberation Front"),
        Make("o-pboc", "Organization", "People's Bank of China"),
        Make("o-army", "Organization", "Lebanese Army"),
        Make("c-codes", "Company", "Plant No. 1 Ltd"),
        Make("p-kim", "Person", "김정은"),
        Make("p-kim-il", "Person", "김정일"),
        Make("p-park", "Person", "박근혜"),
        Make("p-namgung", "Person", "남궁민"),
    ]);

    private static string[] Ids(string schema, string name)
    {
        var index = new MatchIndex();
        index.Replace(Segment());
        var request = new MatchRequest { Queries = new() { ["q1"] = new EntityQuery { Schema = schema, Properties = new() { ["name"] = [name] } } } };
        return [.. new Matcher(index).Match("default", request, new MatchParameters()).Responses["q1"].Results.Select(r => r.Id)];
    }

    private static string[] CandidateIds(string name, NameKind kind) =>
        [.. Segment().Candidates([NameNormalizer.Normalize(name, kind)], 20, fuzzy: false).Select(c => c.Entity.Entity.Id)];

    [Fact]
    public void Acronym_query_finds_the_written_out_organisation_through_the_index()
    {
        Assert.Equal("o-pla", CandidateIds("PLA", NameKind.Organization)[0]);
        Assert.Equal("o-pboc", CandidateIds("PBOC", NameKind.Organization)[0]);
        Assert.Equal("o-pboc", CandidateIds("P.B.C.", NameKind.Organization)[0]);
        var ids = Ids("Organization", "PLA");
        Assert.Equal("o-pla", ids[0]);
        Assert.DoesNotContain("o-plf", ids);
    }

    [Fact]
    public void Written_out_name_finds_the_organisation_listed_by_its_acronym()
    {
        var segment = IndexSegment.Build("lists", [Make("o-pla", "Organization", "PLA"), Make("o-x", "Organization", "Lebanese Army")]);
        var candidates = segment.Candidates([NameNormalizer.Normalize("People's Liberation Army", NameKind.Organization)], 20, fuzzy: false);
        Assert.Contains(candidates, c => c.Entity.Entity.Id == "o-pla");
    }

    [Fact]
    public void Acronym_that_spells_no_organisation_finds_nothing()
    {
        Assert.Empty(Ids("Organization", "XQZ"));
        Assert.DoesNotContain(CandidateIds("PLA", NameKind.Person), id => id.StartsWith("o-", StringComparison.Ordinal));
    }

    [Fact]
    public void Latin_korean_name_finds_the_hangul_only_listing_written_as_one_word()
    {
        Assert.Equal(["p-kim"], Ids("Person", "Kim Jong Un"));
        Assert.Equal(["p-kim"], Ids("Person", "Kim Jong-un"));
        Assert.Equal(["p-kim-il"], Ids("Person", "Kim Jong Il"));
        Assert.Equal(["p-park"], Ids("Person", "Park Geun-hye"));
        Assert.Equal(["p-namgung"], Ids("Person", "Namgung Min"));
        Assert.Equal(["p-kim"], Ids("Person", "김정은")); // 김정일 differs in a whole syllable
    }

    [Fact]
    public void Name_read_as_letters_finds_the_listing_written_with_them()
    {
        // Each distractor shares more trigrams with the query's written form than the listing does.
        var segment = IndexSegment.Build("lists", [
            Make("p-putin", "Person", "Vladimir Putin"),
            Make("p-sechin", "Person", "Igor Sechin"),
            Make("p-flak", "Person", "Kimir Flak Pjinov"),
            Make("p-ig", "Person", "Ig Sech Nig"),
        ]);
        string First(string name) => segment.Candidates([NameNormalizer.Normalize(name, NameKind.Person)], 20, fuzzy: false)[0].Entity.Entity.Id;
        Assert.Equal("p-putin", First("弗拉基米尔·普京"));
        Assert.Equal("p-putin", First("ウラジーミル・プーチン"));
        Assert.Equal("p-sechin", First("Ig0r Sech1n"));
        var listed = IndexSegment.Build("lists", [Make("p-putin", "Person", "弗拉基米尔·普京"), Make("p-flak", "Person", "Vladislav Pushkin")]);
        Assert.Equal("p-putin", listed.Candidates([NameNormalizer.Normalize("Vladimir Putin", NameKind.Person)], 20, fuzzy: false)[0].Entity.Entity.Id);
    }

    [Fact]
    public void One_word_korean_name_splits_after_the_family_name()
    {
        Assert.Equal(["kim", "jeong", "eun"], NameNormalizer.Normalize("김정은", NameKind.Person).Tokens);
        Assert.Equal(["namgung", "min"], NameNormalizer.Normalize("남궁민", NameKind.Person).Tokens);
        Assert.Equal(0, NameNormalizer.Normalize("김정은", NameKind.Person).FamilyIndex);
        Assert.Equal(["samseong"], NameNormalizer.Normalize("삼성", NameKind.Organization).Tokens);
    }
}
