using Chokepoint.Sources.Ofac;
using YamlDotNet.Serialization;

namespace Chokepoint.Core.Tests.Sources.Ofac;

public sealed class OfacRemarkParserTests
{
    public sealed class RemarkCase
    {
        public string Remark { get; set; } = "";
        public List<string> Facts { get; set; } = [];

        public override string ToString() => Remark.Length > 60 ? Remark[..60] : Remark;
    }

    public static TheoryData<RemarkCase> Cases()
    {
        var cases = new DeserializerBuilder().WithNamingConvention(YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<RemarkCase>>(File.ReadAllText(TestStore.Case("ofac_remarks.yaml")));
        var data = new TheoryData<RemarkCase>();
        foreach (var item in cases)
            data.Add(item);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Remark_parses_into_the_golden_facts(RemarkCase item)
    {
        var facts = OfacRemarkParser.Parse(item.Remark).Select(f => f.ToString()).ToList();
        Assert.Equal(item.Facts, facts);
    }

    [Theory]
    [InlineData("31 Aug 1960", "1960-08-31")]
    [InlineData("Aug 1960", "1960-08")]
    [InlineData("circa 1951", "1951")]
    [InlineData("1960 to 1962", "1960|1962")]
    [InlineData("31 Feb 1960", "")]
    [InlineData("early 1960s", "")]
    public void Ofac_dates_become_iso_partial_dates(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', OfacDates.Parse(text)));
    }
}
