using System.Text;

namespace Chokepoint.Cli.Tests.Commands;

public class ScreenCommandTests
{
    [Fact]
    public async Task Screen_writes_one_row_per_match_and_a_summary_line()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");
        var input = cli.WriteFile("names.csv", "id,name,schema\nc1,JSC Peleng,Company\nc2,Alyaksandr Lukashenka,Person\nc3,Jane Nobody,Person\n");
        var output = Path.Combine(cli.Folder, "results.csv");

        var screened = await cli.RunAsync("screen", input, "-o", output);

        Assert.Equal(0, screened.ExitCode);
        var rows = File.ReadAllLines(output);
        Assert.Equal("line,id,name,schema,score,entity_id,caption,entity_schema,datasets,features", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("2,c1,JSC Peleng,Company,", StringComparison.Ordinal) && r.Contains(",bdib-peleng,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("3,c2,", StringComparison.Ordinal) && r.Contains(",bdib-lukashenko,", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("4,", StringComparison.Ordinal));
        Assert.Contains("rows=3 hits=2 ", screened.Error);
        Assert.Contains("errors=0", screened.Error);
        Assert.Contains("delimiter=','", screened.Error);
    }

    [Fact]
    public async Task Screen_reports_broken_rows_by_line_and_screens_the_others()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");
        var input = cli.WriteFile("names.csv",
            "name,schema,birth_date\nPeleng,Company,\n\"Zenit-BelOMO\",Company,1971,extra\nLukashenko,Spaceship,\nMinsk Wheel Tractor Plant,Company,not a date\nAlexander Lukashenko,Person,1954\n");
        var output = Path.Combine(cli.Folder, "results.csv");

        var screened = await cli.RunAsync("screen", input, "-o", output);

        Assert.Equal(1, screened.ExitCode);
        Assert.Contains("line 3: 4 fields where the header has 3", screened.Error);
        Assert.Contains("line 4: schema: unknown schema 'Spaceship'", screened.Error);
        Assert.Contains("line 5: incorporationDate[0]: 'not a date' is not a date", screened.Error);
        var rows = File.ReadAllLines(output);
        Assert.Contains(rows, r => r.StartsWith("2,", StringComparison.Ordinal) && r.Contains("bdib-peleng", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("6,", StringComparison.Ordinal) && r.Contains("bdib-lukashenko", StringComparison.Ordinal));
        Assert.Contains("rows=5 hits=2 ", screened.Error);
        Assert.Contains("errors=3", screened.Error);
    }

    [Fact]
    public async Task Screen_detects_a_semicolon_delimiter_and_latin1_encoding()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");
        var input = Path.Combine(cli.Folder, "latin1.csv");
        File.WriteAllBytes(input, Encoding.Latin1.GetBytes("name;schema\nZénit BelOMO;Company\nPéleng;Company\n"));

        var screened = await cli.RunAsync("screen", input);

        Assert.Equal(0, screened.ExitCode);
        Assert.Contains("delimiter=';'", screened.Error);
        Assert.Contains("encoding=iso-8859-1", screened.Error);
        Assert.Contains("Zénit BelOMO", screened.Out);
        Assert.Contains("bdib-zenit-belomo", screened.Out);
        Assert.Contains("bdib-peleng", screened.Out);
    }

    [Fact]
    public async Task Screen_reads_a_tab_separated_utf8_file_with_a_byte_order_mark_and_cyrillic_names()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");
        var input = Path.Combine(cli.Folder, "bom.tsv");
        File.WriteAllText(input, "name\tschema\nАляксандр Лукашэнка\tPerson\nОршанский авиаремонтный завод\tCompany\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var screened = await cli.RunAsync("screen", input);

        Assert.Equal(0, screened.ExitCode);
        Assert.Contains("delimiter='\t'", screened.Error);
        Assert.Contains("encoding=utf-8", screened.Error);
        Assert.Contains("bdib-lukashenko", screened.Out);
        Assert.Contains("bdib-orsha-arp", screened.Out);
    }

    [Fact]
    public async Task Screen_json_prints_the_summary_and_errors_as_json_lines()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");
        var input = cli.WriteFile("names.csv", "name\nPeleng\n\"\"\n");

        var screened = await cli.RunAsync("screen", input, "--json");

        Assert.Equal(1, screened.ExitCode);
        var lines = screened.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.TryGetProperty("error", out var e) && e.GetString()!.StartsWith("line 3:", StringComparison.Ordinal));
        var summary = lines.Single(l => l.TryGetProperty("rows", out _));
        Assert.Equal(2, summary.GetProperty("rows").GetInt32());
        Assert.Equal(1, summary.GetProperty("hits").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.True(summary.TryGetProperty("names_per_s", out _));
    }

    [Fact]
    public async Task Screen_without_a_name_column_fails_naming_the_columns()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");
        var input = cli.WriteFile("names.csv", "full_name,country\nPeleng,by\n");

        var screened = await cli.RunAsync("screen", input);

        Assert.Equal(1, screened.ExitCode);
        Assert.Contains("no 'name' column", screened.Error);
    }
}
