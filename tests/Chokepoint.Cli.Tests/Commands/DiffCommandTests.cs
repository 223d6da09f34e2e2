using System.Text.Json;

namespace Chokepoint.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private const string Row1 = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";
    private const string Row2 = "2686,\"NASRALLAH, Hasan\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 31 Aug 1960; Linked To: AEROCARIBBEAN AIRLINES.\"";
    private const string Row2Changed = "2686,\"NASRALLAH, Hasan\",\"individual\",\"SDGT] [SYRIA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 31 Aug 1960; Linked To: AEROCARIBBEAN AIRLINES.\"";
    private const string Row3 = "4243,\"EBANO\",\"vessel\",\"CUBA\",-0- ,-0- ,\"General Cargo\",\"2595\",\"1865\",\"Panama\",-0- ,\"Vessel Registration Identification IMO 7406784.\"";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chokepoint-cli-tests", Guid.NewGuid().ToString("N"));

    public DiffCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Changes_diff_and_stats_print_json_per_release_and_listed_entity()
    {
        var db = Path.Combine(_folder, "c.db");
        var first = Write("sdn_2024-01-01.csv", Row1, Row2);
        var second = Write("sdn_2024-02-01.csv", Row2Changed, Row3);
        Assert.Equal(0, (await Run("--db", db, "import", "auto", first, "-d", "us_ofac_sdn")).Code);
        Assert.Equal(0, (await Run("--db", db, "import", "ofac-sdn-csv", second, "-d", "us_ofac_sdn")).Code);

        var changes = (await Run("--db", db, "--json", "changes", "-d", "us_ofac_sdn")).Lines;
        Assert.Equal(["2024-01-01", "2024-02-01"], changes.Select(l => l.GetProperty("release").GetString()));

        var diff = (await Run("--db", db, "--json", "diff", "-d", "us_ofac_sdn", "--from", "2024-01-01", "--to", "2024-02-01")).Lines
            .ToDictionary(l => l.GetProperty("id").GetString()!, l => l);
        Assert.Equal("added", diff["ofac-4243"].GetProperty("change").GetString());
        Assert.Equal("removed", diff["ofac-36"].GetProperty("change").GetString());
        Assert.Equal("changed", diff["ofac-2686"].GetProperty("change").GetString());
        Assert.True(diff["ofac-2686"].GetProperty("properties").TryGetProperty("Sanction.program", out _));
        Assert.Equal(3, diff.Count);

        var stats = (await Run("--db", db, "--json", "stats", "-d", "us_ofac_sdn")).Lines.Single();
        Assert.Equal(1, stats.GetProperty("schemata").GetProperty("Vessel").GetInt32());
        Assert.Equal(1, stats.GetProperty("schemata").GetProperty("Person").GetInt32());
        Assert.True(stats.GetProperty("statements").GetInt32() > 0);
    }

    [Fact]
    public async Task Diff_with_an_unknown_release_fails_with_a_clear_error()
    {
        var db = Path.Combine(_folder, "c.db");
        Assert.Equal(0, (await Run("--db", db, "import", "ofac-sdn-csv", Write("sdn_2024-01-01.csv", Row1), "-d", "us_ofac_sdn")).Code);
        var result = await Run("--db", db, "diff", "-d", "us_ofac_sdn", "--from", "2024-01-01", "--to", "2030-01-01");
        Assert.Equal(1, result.Code);
        Assert.Contains("no release '2030-01-01'", result.Error);
    }

    private string Write(string name, params string[] rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", rows) + "\r\n\u001a");
        return path;
    }

    private static async Task<(int Code, List<JsonElement> Lines, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .Where(e => !e.TryGetProperty("progress", out _))
            .ToList();
        return (code, lines, error.ToString());
    }
}
