namespace Chokepoint.Cli.Tests.Commands;

public class MatchCommandTests
{
    [Fact]
    public async Task Match_json_gives_the_cleaned_query_algorithm_scored_explained_results_and_total()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var matched = await cli.RunAsync("match", "Alexander Lukashenko", "--schema", "Person", "--birth-date", "1954", "--country", "Belarus", "--json");

        Assert.Equal(0, matched.ExitCode);
        var line = Assert.Single(matched.JsonLines());
        var query = line.GetProperty("query");
        Assert.Equal("Person", query.GetProperty("schema").GetString());
        Assert.Equal("by", query.GetProperty("properties").GetProperty("nationality")[0].GetString());
        Assert.Equal("1954", query.GetProperty("properties").GetProperty("birthDate")[0].GetString());
        Assert.Equal("logic-v1", line.GetProperty("algorithm").GetString());
        var best = line.GetProperty("results")[0];
        Assert.Equal("bdib-lukashenko", best.GetProperty("id").GetString());
        Assert.Equal("Person", best.GetProperty("schema").GetString());
        Assert.True(best.GetProperty("match").GetBoolean());
        Assert.InRange(best.GetProperty("score").GetDouble(), 0.9, 1.0);
        Assert.Contains("belarus-dib", best.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
        var name = best.GetProperty("explanations").GetProperty("name_similarity");
        Assert.Equal(1, name.GetProperty("weight").GetDouble());
        Assert.False(string.IsNullOrEmpty(name.GetProperty("description").GetString()));
        Assert.True(line.GetProperty("total").GetProperty("value").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("Лукашэнка Аляксандр", "Person", "bdib-lukashenko")]
    [InlineData("Aliaksandr LUKASHENKA", "Person", "bdib-lukashenko")]
    [InlineData("Open Joint-Stock Company Peleng", "Company", "bdib-peleng")]
    [InlineData("ОАО «Пеленг»", "Company", "bdib-peleng")]
    public async Task Match_finds_the_listed_entity_across_scripts_spellings_and_legal_forms(string name, string schema, string id)
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var matched = await cli.RunAsync("match", name, "--schema", schema, "--json");

        var best = Assert.Single(matched.JsonLines()).GetProperty("results")[0];
        Assert.Equal(id, best.GetProperty("id").GetString());
        Assert.True(best.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Match_does_not_take_a_plant_with_another_number_for_the_listed_one()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var matched = await cli.RunAsync("match", "588 Aircraft Repair Plant", "--schema", "Company", "--threshold", "0.5", "--json");

        var line = Assert.Single(matched.JsonLines());
        Assert.DoesNotContain(line.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == "bdib-558-arp" && r.GetProperty("score").GetDouble() >= 0.7);
    }

    [Fact]
    public async Task Match_table_shows_the_names_as_compared_and_the_candidates()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var matched = await cli.RunAsync("match", "JSC Peleng", "--schema", "Company");

        Assert.Equal(0, matched.ExitCode);
        Assert.Contains("peleng [JSC]", matched.Out);
        Assert.Contains("bdib-peleng", matched.Out);
    }

    [Theory]
    [InlineData("Spaceship", "unknown schema")]
    [InlineData("Address", "cannot be matched")]
    public async Task Match_refuses_schemas_it_cannot_match_naming_the_field(string schema, string message)
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var matched = await cli.RunAsync("match", "Peleng", "--schema", schema);

        Assert.Equal(1, matched.ExitCode);
        Assert.Contains("schema", matched.Error);
        Assert.Contains(message, matched.Error);
    }

    [Fact]
    public async Task Match_refuses_a_name_without_letters_or_digits()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");

        var matched = await cli.RunAsync("match", " -- ", "--json");

        Assert.Equal(1, matched.ExitCode);
        Assert.Contains("name", matched.Error);
    }
}
