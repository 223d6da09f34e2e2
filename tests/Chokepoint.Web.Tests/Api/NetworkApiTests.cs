using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Chokepoint.Web.Tests.Api;

/// <summary>The network analysis endpoints on belarus-dib and the zala fixture (sanctioned Russian companies with Ownership relations).</summary>
[Collection(ApiCollection.Name)]
public sealed class NetworkApiTests(ApiFactory factory)
{
    private const string Zakharov = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private const string Cst = "ru-inn-5920040846";
    private const string ZalaAero = "NK-cPks3aTbes8k4aCerfBAzN";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string?> Strings(JsonElement array, string? property = null) =>
        array.EnumerateArray().Select(e => property is null ? e.GetString() : e.GetProperty(property).GetString());

    [Fact]
    public async Task Coverage_matrix_lists_each_authority_of_a_dataset_entity_and_narrows_to_one()
    {
        var matrix = await GetAsync("/coverage?dataset=zala");
        Assert.Equal("dataset zala", matrix.GetProperty("scope").GetString());
        Assert.Equal(["US", "EU", "UK", "UN"], Strings(matrix.GetProperty("authorities")).Take(4));
        var zala = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == ZalaAero);
        var us = zala.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("authority").GetString() == "US");
        Assert.Equal("2023-11-02", us.GetProperty("since").GetString());
        Assert.Contains("RUSSIA-EO14024", Strings(us.GetProperty("programs")));

        var narrowed = await GetAsync("/coverage?dataset=zala&authority=us&matcher=engine");
        Assert.Equal(["US"], Strings(narrowed.GetProperty("authorities")));
        Assert.All(narrowed.GetProperty("rows").EnumerateArray(), r => Assert.All(r.GetProperty("cells").EnumerateArray(), c => Assert.Equal("US", c.GetProperty("authority").GetString())));
    }

    [Fact]
    public async Task Gaps_report_partial_listings_of_the_scope()
    {
        var gaps = await GetAsync("/gaps?dataset=zala");
        Assert.Contains("US", Strings(gaps.GetProperty("loaded")));
        var partial = gaps.GetProperty("partial").EnumerateArray().ToList();
        Assert.NotEmpty(partial);
        Assert.All(partial, g => Assert.NotEmpty(g.GetProperty("missing_from").EnumerateArray()));
        Assert.True(gaps.TryGetProperty("unlisted", out _));
    }

    [Fact]
    public async Task Ownership_explains_share_chain_and_owners_of_an_entity()
    {
        var report = await GetAsync($"/entities/{Cst}/ownership");
        Assert.Equal("blocked by ownership", report.GetProperty("status").GetString());
        Assert.Equal(100, report.GetProperty("share").GetDouble());
        Assert.Equal(0, report.GetProperty("unknown_shares").GetInt32());
        var link = report.GetProperty("chains")[0].GetProperty("links")[0];
        Assert.Equal((Zakharov, Cst, 100.0), (link.GetProperty("owner_id").GetString(), link.GetProperty("asset_id").GetString(), link.GetProperty("percent").GetDouble()));
        Assert.Equal("ru-4f1dde663bc2ea2f208283e5253fb5079df93190", report.GetProperty("owners")[0].GetProperty("relation_id").GetString());
    }

    [Fact]
    public async Task Blocked_by_ownership_pages_the_largest_share_first()
    {
        var page = await GetAsync("/ownership/blocked?limit=1");
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(Cst, page.GetProperty("results").EnumerateArray().Single().GetProperty("id").GetString());
        var next = await GetAsync("/ownership/blocked?limit=1&offset=1");
        Assert.True(next.GetProperty("results")[0].GetProperty("share").GetDouble() <= 100);
        Assert.NotEqual(Cst, next.GetProperty("results")[0].GetProperty("id").GetString());
        var us = await GetAsync("/ownership/blocked?authority=US");
        Assert.Equal("US", us.GetProperty("authority").GetString());
    }

    [Fact]
    public async Task Paths_carry_each_relation_with_its_sources()
    {
        var report = await GetAsync("/paths?from=bdib-peleng&to=bdib-russian-army&max_hops=3&k=2");
        var path = report.GetProperty("paths")[0];
        Assert.Equal(1, path.GetProperty("hops").GetInt32());
        var step = path.GetProperty("steps")[0];
        Assert.Equal(("Supply", "bdib-supply-peleng-sosna-u", true), (step.GetProperty("relation").GetString(), step.GetProperty("relation_id").GetString(), step.GetProperty("forward").GetBoolean()));
        var source = step.GetProperty("sources")[0];
        Assert.Equal(("rbc-ukraine-putins-backbone", "B2"), (source.GetProperty("source_id").GetString(), source.GetProperty("grading").GetString()));
        Assert.Contains("Sosna-U", source.GetProperty("quote").GetString(), StringComparison.Ordinal);

        var backwards = await GetAsync($"/paths?from={Cst}&to={Zakharov}");
        Assert.False(backwards.GetProperty("paths")[0].GetProperty("steps")[0].GetProperty("forward").GetBoolean());
    }

    [Fact]
    public async Task Chokepoints_of_a_dataset_with_what_if_removal()
    {
        var report = await GetAsync("/chokepoints?dataset=belarus-dib&remove=bdib-lukashenko");
        Assert.Equal(["bdib-lukashenko", "bdib-558-arp"], Strings(report.GetProperty("articulation_points"), "id"));
        Assert.Equal(4, report.GetProperty("articulation_points")[0].GetProperty("parts").GetInt32());
        var sosna = report.GetProperty("single_supplier_products").EnumerateArray().Single(s => s.GetProperty("product_id").GetString() == "bdib-sosna-u");
        Assert.Equal(("bdib-peleng", "bdib-russian-army"), (sosna.GetProperty("supplier_id").GetString(), sosna.GetProperty("recipient_ids")[0].GetString()));
        Assert.Equal(["bdib-ammunition", "bdib-bmp", "bdib-t-72a", "bdib-ural-truck"], Strings(report.GetProperty("removal").GetProperty("lost_products")));
        Assert.Equal(8, report.GetProperty("supplies").GetInt32());
    }

    [Theory]
    [InlineData("/coverage", HttpStatusCode.BadRequest, "dataset")]
    [InlineData("/coverage?dataset=no_such_dataset", HttpStatusCode.NotFound, "dataset")]
    [InlineData("/coverage?dataset=belarus-dib&matcher=magic", HttpStatusCode.BadRequest, "matcher")]
    [InlineData("/coverage?dataset=zala&authority=Atlantis", HttpStatusCode.BadRequest, "authority")]
    [InlineData("/gaps?dataset=no_such_dataset", HttpStatusCode.NotFound, "dataset")]
    [InlineData("/entities/no-such-entity/ownership", HttpStatusCode.NotFound, "id")]
    [InlineData("/entities/" + Cst + "/ownership?authority=Atlantis", HttpStatusCode.BadRequest, "authority")]
    [InlineData("/ownership/blocked?limit=0", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/ownership/blocked?offset=abc", HttpStatusCode.BadRequest, "offset")]
    [InlineData("/paths?to=bdib-peleng", HttpStatusCode.BadRequest, "from")]
    [InlineData("/paths?from=bdib-peleng&to=bdib-peleng", HttpStatusCode.BadRequest, "to")]
    [InlineData("/paths?from=bdib-peleng&to=no-such-entity", HttpStatusCode.NotFound, "to")]
    [InlineData("/paths?from=bdib-peleng&to=bdib-russian-army&max_hops=99", HttpStatusCode.BadRequest, "max_hops")]
    [InlineData("/paths?from=bdib-peleng&to=bdib-russian-army&k=x", HttpStatusCode.BadRequest, "k")]
    [InlineData("/chokepoints?dataset=no_such_dataset", HttpStatusCode.NotFound, "dataset")]
    [InlineData("/chokepoints?dataset=belarus-dib&remove=no-such-entity", HttpStatusCode.NotFound, "remove")]
    [InlineData("/chokepoints?top=-1", HttpStatusCode.BadRequest, "top")]
    public async Task Bad_parameters_get_problem_details_naming_the_parameter(string url, HttpStatusCode status, string parameter)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter == "id" ? "no-such-entity" : parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
