using Chokepoint.Model;

namespace Chokepoint.Core.Tests.Model;

public class ValueCleanerTests
{
    private static PropertyType Type(string name) => SchemaModel.Default.Types[name];

    [Theory]
    [InlineData("2022", "2022")]
    [InlineData("2022-03", "2022-03")]
    [InlineData("2022-03-01", "2022-03-01")]
    [InlineData(" 1954-08-30 ", "1954-08-30")]
    [InlineData("2024-05-27T19:47:02", "2024-05-27T19:47:02")]
    public void Dates_keep_their_precision(string raw, string cleaned)
    {
        Assert.True(Type("date").TryClean(raw, out var value, out var error), error);
        Assert.Equal(cleaned, value);
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022-13")]
    [InlineData("30/08/1954")]
    [InlineData("yesterday")]
    public void Invalid_dates_are_refused_with_a_reason(string raw)
    {
        Assert.False(Type("date").TryClean(raw, out _, out var error));
        Assert.Contains("not a date", error);
    }

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("RU", "ru")]
    [InlineData("Russia", "ru")]
    [InlineData("Russian Federation", "ru")]
    [InlineData("Беларусь", "by")]
    [InlineData("Belarus", "by")]
    [InlineData("BLR", "by")]
    [InlineData("United Kingdom", "gb")]
    [InlineData("UK", "gb")]
    [InlineData("Korea, North", "kp")]
    [InlineData("suhh", "suhh")]
    public void Countries_accept_codes_names_and_common_aliases(string raw, string code)
    {
        Assert.True(Type("country").TryClean(raw, out var value, out var error), error);
        Assert.Equal(code, value);
    }

    [Fact]
    public void Unknown_country_is_refused()
    {
        Assert.False(Type("country").TryClean("Atlantis", out _, out var error));
        Assert.Contains("Atlantis", error);
    }

    [Theory]
    [InlineData("number", "65000", true)]
    [InlineData("number", "1,600", true)]
    [InlineData("number", "60.5", true)]
    [InlineData("number", "many", false)]
    [InlineData("url", "https://example.org/a?b=c", true)]
    [InlineData("url", "example.org", false)]
    [InlineData("hscode", "8802.12", true)]
    [InlineData("hscode", "88AB", false)]
    [InlineData("entity", "bdib-peleng", true)]
    [InlineData("entity", "two words", false)]
    [InlineData("name", "Peleng\u0007", false)]
    [InlineData("name", "   ", false)]
    public void Values_are_validated_per_type(string type, string raw, bool valid)
    {
        Assert.Equal(valid, Type(type).TryClean(raw, out _, out _));
    }

    [Fact]
    public void Hs_codes_are_cleaned_to_digits()
    {
        Assert.True(Type("hscode").TryClean("8802.12", out var value, out _));
        Assert.Equal("880212", value);
    }

    [Fact]
    public void Values_longer_than_the_type_allows_are_refused()
    {
        Assert.False(Type("name").TryClean(new string('a', 5000), out _, out var error));
        Assert.Contains("limit", error);
    }
}
