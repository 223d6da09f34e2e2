namespace Chokepoint.Cli.Tests.Commands;

public class FoundationCommandsTests
{
    [Fact]
    public async Task Import_then_datasets_json_lists_name_title_entities_statements_updated()
    {
        using var cli = new CliRun();
        var import = await cli.RunAsync("import", "ftm", CliRun.Fixture("zala.entities.ftm.json"), "--dataset", "zala", "--release", "2025-01-02");
        Assert.Equal(0, import.ExitCode);

        var datasets = await cli.RunAsync("datasets", "--json");

        var zala = Assert.Single(datasets.JsonLines());
        Assert.Equal("zala", zala.GetProperty("name").GetString());
        Assert.Equal(91, zala.GetProperty("entities").GetInt64());
        Assert.True(zala.GetProperty("statements").GetInt64() > 1000);
        Assert.Equal("2025-01-02", zala.GetProperty("updated").GetString());
        Assert.True(zala.TryGetProperty("title", out _));
    }

    [Fact]
    public async Task Entities_show_gives_each_value_with_dataset_source_and_grading()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var shown = await cli.RunAsync("entities", "show", "bdib-peleng", "--json");

        Assert.Equal(0, shown.ExitCode);
        var entity = Assert.Single(shown.JsonLines());
        Assert.Equal("Company", entity.GetProperty("schema").GetString());
        var name = entity.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("prop").GetString() == "name");
        Assert.Equal("belarus-dib", name.GetProperty("dataset").GetString());
        Assert.Equal("rbc-ukraine-putins-backbone", name.GetProperty("source_id").GetString());
        Assert.Equal("B2", name.GetProperty("grading").GetString());
        Assert.Contains("Peleng", name.GetProperty("quote").GetString());

        var table = await cli.RunAsync("entities", "show", "bdib-peleng");
        Assert.Contains("rbc-ukraine-putins", table.Out);
    }

    [Fact]
    public async Task Unknown_entity_id_fails_with_a_message()
    {
        using var cli = new CliRun();
        var shown = await cli.RunAsync("entities", "show", "no-such-id");
        Assert.Equal(1, shown.ExitCode);
        Assert.Contains("no entity with id 'no-such-id'", shown.Error);
    }

    [Fact]
    public async Task Export_writes_one_line_per_entity_for_a_dataset_or_all()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "ftm", CliRun.Fixture("zala.entities.ftm.json"), "--dataset", "zala");
        await cli.RunAsync("import", "ftm", CliRun.Fixture("t1.entities.ftm.json"), "--dataset", "t1");
        var one = Path.Combine(cli.Folder, "zala.ftm.json");
        var all = Path.Combine(cli.Folder, "all.ftm.json");

        Assert.Equal(0, (await cli.RunAsync("export", "ftm", "--dataset", "zala", "-o", one)).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("export", "ftm", "--all", "-o", all)).ExitCode);

        Assert.Equal(91, File.ReadAllLines(one).Length);
        Assert.Equal(98, File.ReadAllLines(all).Length);
        var neither = await cli.RunAsync("export", "ftm", "-o", all);
        Assert.Equal(1, neither.ExitCode);
        Assert.Contains("--dataset NAME or --all", neither.Error);
    }

    [Fact]
    public async Task Stats_json_gives_entities_per_schema_and_statements()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var stats = Assert.Single((await cli.RunAsync("stats", "--dataset", "belarus-dib", "--json")).JsonLines());

        Assert.True(stats.GetProperty("statements").GetInt64() > 100);
        Assert.True(stats.GetProperty("schemata").GetProperty("Company").GetInt64() >= 5);
        Assert.True(stats.GetProperty("schemata").GetProperty("Claim").GetInt64() >= 5);
    }

    [Fact]
    public async Task Init_is_idempotent()
    {
        using var cli = new CliRun();
        var first = await cli.RunAsync("init", "--json");
        var second = await cli.RunAsync("init", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var loaded = first.JsonLines().Single(l => l.GetProperty("dataset").GetString() == "belarus-dib");
        var again = second.JsonLines().Single(l => l.GetProperty("dataset").GetString() == "belarus-dib");
        Assert.True(loaded.GetProperty("loaded").GetBoolean());
        Assert.False(again.GetProperty("loaded").GetBoolean());
        Assert.Equal(loaded.GetProperty("statements").GetInt64(), again.GetProperty("statements").GetInt64());
    }

    [Fact]
    public async Task A_bad_import_exits_non_zero_names_file_line_and_field_and_changes_nothing()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "ftm", CliRun.Fixture("t1.entities.ftm.json"), "--dataset", "t1");
        var before = (await cli.RunAsync("datasets", "--json")).Out;
        var bad = cli.WriteFile("bad.ftm.json", "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n{\"id\": \"b\", \"schema\": \"Person\", \"properties\": {\"birthDate\": [\"soon\"]}}\n");

        var import = await cli.RunAsync("import", "ftm", bad, "--dataset", "t1");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"{bad}:2: properties.birthDate[0]: 'soon' is not a date", import.Error);
        Assert.Equal(before, (await cli.RunAsync("datasets", "--json")).Out);
    }

    [Fact]
    public async Task Lenient_import_reports_skipped_lines_and_imports_the_rest()
    {
        using var cli = new CliRun();
        var mixed = cli.WriteFile("mixed.ftm.json", "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n{oops\n");

        var import = await cli.RunAsync("import", "ftm", mixed, "--dataset", "mixed", "--lenient", "--json");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("mixed.ftm.json:2", import.Error);
        Assert.Equal(1, import.JsonLines().Single().GetProperty("records").GetInt64());
    }

    [Theory]
    [InlineData("nope", "--dataset", "x", "unknown format 'nope'")]
    [InlineData("ftm", "--dataset", "Bad Name", "dataset name 'Bad Name' is not valid")]
    public async Task Bad_options_are_refused_before_reading_anything(string format, string option, string dataset, string message)
    {
        using var cli = new CliRun();
        var import = await cli.RunAsync("import", format, CliRun.Fixture("t1.entities.ftm.json"), option, dataset);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains(message, import.Error);
    }
}
