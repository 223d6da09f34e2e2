using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Chokepoint.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class EntitiesApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Entity_has_yente_shape_with_statements_and_sources()
    {
        var entity = await _client.GetFromJsonAsync<JsonElement>("/entities/bdib-peleng");
        Assert.Equal("bdib-peleng", entity.GetProperty("id").GetString());
        Assert.Equal("Peleng", entity.GetProperty("caption").GetString());
        Assert.Equal("Company", entity.GetProperty("schema").GetString());
        Assert.Contains("Пеленг", entity.GetProperty("properties").GetProperty("alias").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["belarus-dib"], entity.GetProperty("datasets").EnumerateArray().Select(v => v.GetString()!));
        var quoted = entity.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("quote").ValueKind == JsonValueKind.String);
        Assert.Equal("B2", quoted.GetProperty("grading").GetString());
        Assert.Equal("rbc-ukraine-putins-backbone", quoted.GetProperty("source_id").GetString());
        Assert.False(string.IsNullOrEmpty(quoted.GetProperty("source_title").GetString()));
        Assert.Contains(entity.GetProperty("relations").EnumerateArray(), r => r.GetProperty("direction").GetString() == "in" && r.GetProperty("entity_id").GetString() == "bdib-supply-peleng-sosna-u");
    }

    [Fact]
    public async Task Sanctions_of_a_listed_company_are_nested_under_sanctions_and_mark_it_a_target()
    {
        var search = await _client.GetFromJsonAsync<JsonElement>("/search/zala?q=zala+aero&limit=1");
        var id = search.GetProperty("results")[0].GetProperty("entity").GetProperty("id").GetString();
        var entity = await _client.GetFromJsonAsync<JsonElement>($"/entities/{id}");
        Assert.True(entity.GetProperty("target").GetBoolean());
        var sanction = entity.GetProperty("properties").GetProperty("sanctions")[0];
        Assert.Equal("Sanction", sanction.GetProperty("schema").GetString());
        Assert.True(sanction.GetProperty("properties").TryGetProperty("startDate", out _) || sanction.GetProperty("properties").TryGetProperty("program", out _));
    }

    [Fact]
    public async Task Expand_turns_supply_relations_into_labelled_edges()
    {
        var graph = await _client.GetFromJsonAsync<JsonElement>("/entities/bdib-558-arp/expand");
        var labels = graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("label").GetString()).ToList();
        Assert.Contains("repairs Mi-8", labels);
        Assert.Contains(graph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "bdib-mi-8");
        var peleng = await _client.GetFromJsonAsync<JsonElement>("/entities/bdib-peleng/expand");
        Assert.Contains("produces Sosna-U", peleng.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Expand_pages_incoming_relations()
    {
        var search = await _client.GetFromJsonAsync<JsonElement>("/search/zala?q=zala+aero&limit=1");
        var id = search.GetProperty("results")[0].GetProperty("entity").GetProperty("id").GetString();
        var first = await _client.GetFromJsonAsync<JsonElement>($"/entities/{id}/expand?limit=5");
        Assert.True(first.GetProperty("more").GetBoolean());
        var second = await _client.GetFromJsonAsync<JsonElement>($"/entities/{id}/expand?limit=5&offset=5");
        var firstIds = first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains(second.GetProperty("nodes").EnumerateArray(), n => !firstIds.Contains(n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Statements_are_paged()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/statements?entity_id=bdib-mzkt&limit=2");
        Assert.Equal(2, page.GetProperty("results").GetArrayLength());
        Assert.True(page.GetProperty("more").GetBoolean());
        var response = await _client.GetAsync(new Uri("/statements", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/entities/no-such-entity")]
    [InlineData("/entities/no-such-entity/expand")]
    [InlineData("/statements?entity_id=no-such-entity")]
    [InlineData("/search/no-such-dataset?q=x")]
    [InlineData("/datasets/no-such-dataset")]
    [InlineData("/no/such/route")]
    public async Task Unknown_ids_are_404_problem_details(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
