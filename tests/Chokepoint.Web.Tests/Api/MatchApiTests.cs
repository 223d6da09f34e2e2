using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chokepoint.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class MatchApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<HttpResponseMessage> PostAsync(string url, string json) =>
        _client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Yente_shaped_request_finds_the_cyrillic_spelling_of_a_listed_enterprise()
    {
        var response = await PostAsync("/match/default",
            """{"queries": {"q1": {"schema": "Company", "properties": {"name": ["ОАО «Пеленг»"], "country": ["Belarus"]}}}}""");

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var q1 = body.GetProperty("responses").GetProperty("q1");
        Assert.Equal(200, q1.GetProperty("status").GetInt32());
        var best = q1.GetProperty("results")[0];
        Assert.Equal("bdib-peleng", best.GetProperty("id").GetString());
        Assert.True(best.GetProperty("match").GetBoolean());
        Assert.True(best.GetProperty("score").GetDouble() >= 0.7);
        Assert.True(q1.GetProperty("total").GetProperty("value").GetInt32() >= 1);
        Assert.Equal("by", q1.GetProperty("query").GetProperty("properties").GetProperty("country")[0].GetString());
        Assert.Equal(5, body.GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("/match/default", """{"queries": {}}""", HttpStatusCode.BadRequest)]
    [InlineData("/match/default", """{"queries": {"q": {"schema": "Spaceship", "properties": {"name": ["X"]}}}}""", HttpStatusCode.BadRequest)]
    [InlineData("/match/default?algorithm=nope", """{"queries": {"q": {"schema": "Person", "properties": {"name": ["X"]}}}}""", HttpStatusCode.BadRequest)]
    [InlineData("/match/no_such_dataset", """{"queries": {"q": {"schema": "Person", "properties": {"name": ["X"]}}}}""", HttpStatusCode.NotFound)]
    [InlineData("/match/default", """{"queries": {"q": """, HttpStatusCode.UnprocessableEntity)]
    public async Task Bad_requests_get_problem_details_with_a_detail(string url, string json, HttpStatusCode status)
    {
        var response = await PostAsync(url, json);

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
