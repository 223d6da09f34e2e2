using Chokepoint.Documents;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public class ClaimsAndDatesTests
{
    [Theory]
    [InlineData("Lukashenko transferred over 65 thousand tons of ammunition to Russia.", 65000, "t", "over 65 thousand tons of ammunition")]
    [InlineData("In 2022, 60% of Belarusian military goods went to Russia.", 60, "%", "60% of Belarusian military goods")]
    [InlineData("They make 1,600 types of military products.", 1600, "count", "1,600 types of military products")]
    [InlineData("Russia fired at least 717 missiles at Ukraine.", 717, "count", "at least 717 missiles")]
    [InlineData("Завод отремонтировал не менее 12 вертолётов.", 12, "count", "не менее 12 вертолётов")]
    [InlineData("In 2023 exports reached USD 410 million.", 410000000, "USD", "USD 410 million")]
    [InlineData("The consignment was valued at EUR 260,000.", 260000, "EUR", "EUR 260,000")]
    [InlineData("Экспорт превысил 1,2 млрд долларов.", 1200000000, "USD", "1,2 млрд долларов")]
    [InlineData("Завод атрымаў заказ на 3 тысячы гідраўзмацняльнікаў.", 3000, "count", "на 3 тысячы гідраўзмацняльнікаў")]
    [InlineData("Там працюють понад 4 тисячі осіб.", 4000, "count", "понад 4 тисячі осіб")]
    [InlineData("Обладнання на суму 18 мільйонів доларів.", 18000000, "USD", "18 мільйонів доларів")]
    public void Quantitative_claims_carry_value_unit_and_quote(string text, double value, string unit, string quote)
    {
        var claim = Assert.Single(DocumentExtractor.Extract(text).Claims);
        Assert.Equal(value, claim.Value);
        Assert.Equal(unit, claim.Unit);
        Assert.Contains(quote, claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_in_names_and_dates_are_not_claims()
    {
        var extraction = DocumentExtractor.Extract("On 1 March 2023, the 558 Aircraft Repair Plant and S-400 crews met in 2024. Trains left on 4 February.");
        Assert.Empty(extraction.Claims);
        Assert.Empty(DocumentExtractor.Extract("Пантус наведаў завод 2 красавіка. Указ підписано 24 червня.").Claims);
    }

    [Theory]
    [InlineData("On 1 March 2023, they signed.", "2023-03-01", "day", false)]
    [InlineData("On March 12-13, he visited Iran.", "--03-12", "day", false)]
    [InlineData("Since the fall of 2022, plants repair tanks.", "2022", "season", true)]
    [InlineData("Он приехал 12 марта 2024 года.", "2024-03-12", "day", false)]
    [InlineData("Мінск, 5 красавіка 2025 года.", "2025-04-05", "day", false)]
    [InlineData("Київ, 12 березня 2025 року.", "2025-03-12", "day", false)]
    public void Dates_keep_their_precision(string text, string value, string precision, bool since)
    {
        var date = DocumentExtractor.Extract(text).Dates.First();
        Assert.Equal(value, date.Value);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(since, date.Since);
    }

    [Fact]
    public void Indicators_become_observations_of_the_nearest_organization()
    {
        var extraction = DocumentExtractor.Extract("The number of vacancies at Minsk Wheeled Tractor Plant (MZKT) has doubled, and Peleng, OJSC plans to build two new buildings.");
        Assert.Contains(extraction.Indicators, i => i.Indicator == "vacancies" && i.Change == 2);
        Assert.Contains(extraction.Indicators, i => i.Indicator == "new buildings" && i.Value == 2);
    }
}
