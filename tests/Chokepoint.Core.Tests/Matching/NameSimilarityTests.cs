using Chokepoint.Matching;
using Chokepoint.Names;

namespace Chokepoint.Core.Tests.Matching;

public class NameSimilarityTests
{
    [Theory]
    [InlineData("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI")]
    [InlineData("IBRAHIM BIN AL-DIN AL-MASRI", "SAIF-AL-DIN BIN IBRAHIM AL-MASRI")]
    public void Son_and_father_swapped_around_bin_are_different_people(string query, string candidate)
    {
        var score = NameSimilarity.Compare(NameNormalizer.Normalize(query, NameKind.Person), NameNormalizer.Normalize(candidate, NameKind.Person));
        Assert.True(score < 0.7, $"{query} | {candidate}: {score}");
    }

    [Theory]
    [InlineData("MOUSSA BEN OMAR BEN ALI ESSAADI", "MOUSSA BEN OMAR BEN ALI ESSAADI")]
    [InlineData("BEN MOHAMED BEN MOHAMED KAMMOUN, MEHDI", "MEHDI BEN MOHAMED BEN MOHAMED KAMMOUN")]
    [InlineData("SALMAN BIN MUHAMMAD AL-RAWI", "SALMAN MUHAMMAD AL-RAWI")]
    public void A_nasab_chain_in_the_same_order_still_matches(string query, string candidate)
    {
        var score = NameSimilarity.Compare(NameNormalizer.Normalize(query, NameKind.Person), NameNormalizer.Normalize(candidate, NameKind.Person));
        Assert.True(score >= 0.7, $"{query} | {candidate}: {score}");
    }

    private static double Score(string query, NameKind queryKind, string candidate, NameKind candidateKind) =>
        NameSimilarity.Compare(NameNormalizer.Normalize(query, queryKind), NameNormalizer.Normalize(candidate, candidateKind));

    [Theory]
    [InlineData("Президент Путин", "PUTIN, Vladimir Vladimirovich")]
    [InlineData("Putyin elnök", "Vladimir Vladimirovich PUTIN")]
    [InlineData("Mr Putin", "Putin Vladimir Vladimirovich")]
    public void A_titled_surname_meets_the_family_name_below_a_full_match(string query, string candidate)
    {
        var score = Score(query, NameKind.Person, candidate, NameKind.Person);
        Assert.InRange(score, 0.7, NameSimilarity.TitledSurnameFactor);
    }

    [Theory]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("President Alexander", "Alexander Lukashenko")]
    [InlineData("President Vladimirovich", "Putin Vladimir Vladimirovich")]
    public void A_surname_without_title_or_a_titled_given_name_is_not_a_match(string query, string candidate) =>
        Assert.True(Score(query, NameKind.Person, candidate, NameKind.Person) < 0.7);

    [Theory]
    [InlineData("PLA China", "People's Liberation Army")]
    [InlineData("U.S. Department of State", "United States Department of State")]
    [InlineData("AT&T Inc.", "AT and T Inc.")]
    public void Acronyms_and_ampersands_meet_their_written_out_forms(string query, string candidate) =>
        Assert.True(Score(query, NameKind.Organization, candidate, NameKind.Organization) >= 0.7);

    [Fact]
    public void A_country_only_one_company_name_has_keeps_them_apart() =>
        Assert.True(Score("Banco Santander México S.A.", NameKind.Organization, "Banco Santander S.A.", NameKind.Organization) < 0.7);

    [Theory]
    [InlineData("Hsi Chin-ping", "Xi Jinping")]
    [InlineData("JC Juncker", "Jean-Claude Juncker")]
    [InlineData("Bibi Netanyahu", "Benjamin Netanyahu")]
    [InlineData("ABDUL HABBIB ALIZAI", "ABDUL HABIB ALIZAI")]
    public void Romanizations_initials_nicknames_and_doubled_letters_meet(string query, string candidate) =>
        Assert.True(Score(query, NameKind.Person, candidate, NameKind.Person) >= 0.7);
}
