using System.Text.Json;
using Xunit;

namespace Chokepoint.Cli.Tests.Commands;

/// <summary>The network verbs end to end: import a hand-built case into a temp SQLite file, run the verb, read its output.</summary>
public sealed class GraphCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chokepoint-cli-graph-" + Guid.NewGuid().ToString("N")[..8]);

    public GraphCommandsTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Combine(_folder, "test.db");

    private async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(["--db", Db, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task ImportAsync(string file, string dataset)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "cases", "graph", file);
        var (code, _, error) = await RunAsync("import", "ftm", path, "--dataset", dataset, "--release", "2026-01-01");
        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task Blocked_by_ownership_prints_one_json_object_per_blocked_company()
    {
        await ImportAsync("ownership.ftm.json", "ownership");
        var (code, output, _) = await RunAsync("blocked-by-ownership", "--json");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count);
        var two = lines.Single(l => l.GetProperty("id").GetString() == "c-two");
        Assert.Equal("Two Owners", two.GetProperty("caption").GetString());
        Assert.Equal(55, two.GetProperty("share").GetDouble());
        Assert.Equal(2, two.GetProperty("chains").GetArrayLength());
    }

    [Fact]
    public async Task Ownership_explains_one_company_and_fails_clearly_on_an_unknown_id()
    {
        await ImportAsync("ownership.ftm.json", "ownership");
        var (code, output, _) = await RunAsync("ownership", "c-unknown");
        Assert.Equal(0, code);
        Assert.Contains("not blocked", output, StringComparison.Ordinal);
        Assert.Contains("1 blocked owner(s) with unknown percentage", output, StringComparison.Ordinal);
        var (failed, _, error) = await RunAsync("ownership", "no-such-id");
        Assert.Equal(1, failed);
        Assert.Contains("no-such-id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_writes_csv_and_a_self_contained_html_heat_map()
    {
        await ImportAsync("ownership.ftm.json", "ownership");
        var (code, csv, _) = await RunAsync("coverage", "--dataset", "ownership", "--format", "csv", "--matcher", "name-key");
        Assert.Equal(0, code);
        Assert.Contains("p-listed,Listed Person,Person,1,2021-08-09,BELARUS-EO14038", csv, StringComparison.Ordinal);
        // The default engine matcher judges "EU Listed Person" the same person (its name holds the other whole).
        var (_, engine, _) = await RunAsync("coverage", "--dataset", "ownership", "--format", "csv");
        Assert.Contains("p-listed,Listed Person,Person,2,2021-08-09,BELARUS-EO14038,2022-06-03,BLR", engine, StringComparison.Ordinal);
        var html = Path.Combine(_folder, "coverage.html");
        Assert.Equal(0, (await RunAsync("coverage", "--dataset", "ownership", "--format", "html", "--output", html)).Code);
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chokepoints_and_paths_answer_on_the_supply_case()
    {
        await ImportAsync("supply.ftm.json", "supply");
        var (code, output, _) = await RunAsync("chokepoints", "--dataset", "supply", "--remove", "peleng", "--json");
        Assert.Equal(0, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(3, report.GetProperty("single_supplier_products").GetArrayLength());
        Assert.Equal("optics", report.GetProperty("removal").GetProperty("lost_products")[0].GetString());
        var (pathCode, paths, _) = await RunAsync("paths", "chipco-a", "steelco", "--max-hops", "4", "--json");
        Assert.Equal(0, pathCode);
        Assert.Equal(4, JsonDocument.Parse(paths.Split('\n')[0]).RootElement.GetProperty("hops").GetInt32());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
