using System.Net.Http.Json;
using System.Text.Json;

namespace Chokepoint.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class SearchApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Cyrillic_alias_finds_the_latin_named_entity_with_explanation()
    {
        var result = await _client.GetFromJsonAsync<JsonElement>("/search/default?q=%D0%BF%D0%B5%D0%BB%D0%B5%D0%BD%D0%B3");
        var hit = result.GetProperty("results")[0];
        Assert.Equal("bdib-peleng", hit.GetProperty("entity").GetProperty("id").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0.5);
        Assert.Contains("query tokens", hit.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_schema_countries_datasets_and_topics_and_filters_narrow()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/search/default?limit=5");
        var facets = all.GetProperty("facets");
        foreach (var name in new[] { "schema", "countries", "datasets", "topics" })
            Assert.True(facets.GetProperty(name).GetArrayLength() > 0, name);
        Assert.Equal(5, all.GetProperty("results").GetArrayLength());
        var total = all.GetProperty("total").GetInt32();
        var sanctioned = await _client.GetFromJsonAsync<JsonElement>("/search/default?topics=sanction&schema=Company");
        Assert.InRange(sanctioned.GetProperty("total").GetInt32(), 1, total - 1);
        Assert.All(sanctioned.GetProperty("results").EnumerateArray(), r => Assert.True(r.GetProperty("entity").GetProperty("target").GetBoolean()));
        var byDataset = await _client.GetFromJsonAsync<JsonElement>("/search/belarus-dib?countries=by");
        Assert.All(byDataset.GetProperty("results").EnumerateArray(), r =>
            Assert.Equal("belarus-dib", r.GetProperty("entity").GetProperty("datasets")[0].GetString()));
    }

    [Fact]
    public async Task Pages_do_not_overlap()
    {
        var first = await _client.GetFromJsonAsync<JsonElement>("/search/default?limit=10");
        var second = await _client.GetFromJsonAsync<JsonElement>("/search/default?limit=10&offset=10");
        var ids = first.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("entity").GetProperty("id").GetString()).ToHashSet();
        Assert.DoesNotContain(second.GetProperty("results").EnumerateArray(), r => ids.Contains(r.GetProperty("entity").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Datasets_list_releases_and_health_answers()
    {
        var datasets = await _client.GetFromJsonAsync<JsonElement>("/datasets");
        Assert.Contains(datasets.EnumerateArray(), d => d.GetProperty("dataset").GetProperty("name").GetString() == "belarus-dib" && d.GetProperty("releases").GetArrayLength() == 1);
        var health = await _client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        var openapi = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/search/{dataset}", out _));
    }
}
