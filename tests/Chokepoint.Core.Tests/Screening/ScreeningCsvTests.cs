using Chokepoint.Screening;
using Xunit;

namespace Chokepoint.Core.Tests.Screening;

public sealed class ScreeningCsvTests
{
    [Fact]
    public async Task Broken_rows_become_errors_and_the_rest_are_read()
    {
        var csv = "Name,Schema,Country\nPeleng,Company,by\n\"unterminated,Company\n,Company,by\n\"Zenit \"\"BelOMO\"\"\",,by\n" + new string('x', 501) + "\n";
        var input = await ScreeningCsv.ReadAsync(new StringReader(csv), 100, CancellationToken.None);
        Assert.Equal([(2, "Peleng", "Company", "by"), (5, "Zenit \"BelOMO\"", null, "by")],
            input.Queries.Select(q => (q.Line, q.Name, q.Schema, q.Country)).ToList());
        Assert.Equal([3, 4, 6], input.Errors.Select(e => e.Line).ToList());
        Assert.Contains("unterminated quote", input.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pasted_names_without_a_header_are_one_name_per_line()
    {
        var input = await ScreenAsync("Minsk Wheel Tractor Plant, OJSC\n\nМЗКТ\n", 100);
        Assert.Equal(["Minsk Wheel Tractor Plant, OJSC", "МЗКТ"], input.Queries.Select(q => q.Name).ToList());
        Assert.Empty(input.Errors);
    }

    [Fact]
    public async Task Rows_beyond_the_limit_are_reported_not_screened()
    {
        var input = await ScreenAsync("a\nb\nc\n", 2);
        Assert.Equal(2, input.Queries.Count);
        Assert.Equal(3, Assert.Single(input.Errors).Line);
    }

    [Fact]
    public void Query_key_ignores_case_order_and_punctuation()
    {
        Assert.Equal(Screener.QueryKey("Zenit BelOMO"), Screener.QueryKey("BELOMO, zenit"));
        Assert.NotEqual(Screener.QueryKey("Zenit"), Screener.QueryKey("Zenit BelOMO"));
    }

    private static Task<ScreeningInput> ScreenAsync(string text, int max) => ScreeningCsv.ReadAsync(new StringReader(text), max, CancellationToken.None);
}
