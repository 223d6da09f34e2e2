using Chokepoint.Screening;
using Xunit;

namespace Chokepoint.Core.Tests.Screening;

public sealed class ScreeningCsvTests
{
    [Fact]
    public void Broken_rows_become_errors_and_the_rest_are_read()
    {
        var csv = "Name,Schema,Country\nPeleng,Company,by\n\"unterminated,Company\n,Company,by\n\"Zenit \"\"BelOMO\"\"\",,by\n" + new string('x', 501) + "\n";
        var input = Screen(csv, 100);
        Assert.Equal([(2, "Peleng", "Company", "by"), (5, "Zenit \"BelOMO\"", null, "by")],
            input.Queries.Select(q => (q.Line, q.Name, q.Schema, q.Country)).ToList());
        Assert.Equal([3, 4, 6], input.Errors.Select(e => e.Line).ToList());
        Assert.Contains("unterminated quote", input.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pasted_names_without_a_header_are_one_name_per_line()
    {
        var input = Screen("Minsk Wheel Tractor Plant, OJSC\n\nМЗКТ\n", 100);
        Assert.Equal(["Minsk Wheel Tractor Plant, OJSC", "МЗКТ"], input.Queries.Select(q => q.Name).ToList());
        Assert.Empty(input.Errors);
    }

    [Fact]
    public void Spreadsheet_export_with_semicolons_in_windows_1252_is_read_as_chokepoint_screen_reads_it()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("Name;Country\r\nSociété Générale;fr\r\nMüller Maschinenbau GmbH;de\r\nOne;two;three\r\n");
        var input = ScreeningCsv.Read(bytes, 100);
        Assert.Equal([("Société Générale", "fr"), ("Müller Maschinenbau GmbH", "de")], input.Queries.Select(q => (q.Name, q.Country)).ToList());
        Assert.Contains("unquoted ';'", Assert.Single(input.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_beyond_the_limit_are_reported_not_screened()
    {
        var input = Screen("a\nb\nc\n", 2);
        Assert.Equal(2, input.Queries.Count);
        Assert.Equal(3, Assert.Single(input.Errors).Line);
    }

    [Fact]
    public void Query_key_ignores_case_order_and_punctuation()
    {
        Assert.Equal(Screener.QueryKey("Zenit BelOMO"), Screener.QueryKey("BELOMO, zenit"));
        Assert.NotEqual(Screener.QueryKey("Zenit"), Screener.QueryKey("Zenit BelOMO"));
    }

    private static ScreeningInput Screen(string text, int max) => ScreeningCsv.Read(System.Text.Encoding.UTF8.GetBytes(text), max);
}
