using System.Net;

namespace Chokepoint.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class NetworkPagesTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/app/coverage", "Choose a dataset")]
    [InlineData("/app/coverage?dataset=zala", "<table class=\"coverage\">")]
    [InlineData("/app/coverage?dataset=zala&authority=US", "authority US")]
    [InlineData("/app/gaps?dataset=zala", "Listed by some authorities, not others")]
    [InlineData("/app/ownership", "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ &quot;ЦСТ&quot;")]
    [InlineData("/app/entities/ru-inn-5920040846/ownership", "Why: ownership chains from listed entities")]
    [InlineData("/app/entities/bdib-peleng", "/app/entities/bdib-peleng/ownership")]
    [InlineData("/app/paths", "Find paths")]
    [InlineData("/app/paths?from=bdib-peleng&to=bdib-russian-army", "id=\"graph-data\"")]
    [InlineData("/app/chokepoints?dataset=belarus-dib", "analysis-graph.js")]
    [InlineData("/app/chokepoints?dataset=belarus-dib&remove=bdib-lukashenko", "lose their only supplier")]
    public async Task Network_pages_render_and_are_linked_from_the_nav(string url, string expected)
    {
        var html = await _client.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains(expected, html, StringComparison.Ordinal);
        foreach (var link in new[] { "/app/coverage", "/app/gaps", "/app/ownership", "/app/paths", "/app/chokepoints" })
            Assert.Contains($"<a href=\"{link}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app/coverage?dataset=no_such_dataset", HttpStatusCode.NotFound)]
    [InlineData("/app/paths?from=bdib-peleng&to=no-such-entity", HttpStatusCode.NotFound)]
    [InlineData("/app/paths?from=bdib-peleng&to=bdib-russian-army&k=%3Cscript%3E", HttpStatusCode.BadRequest)]
    [InlineData("/app/entities/no-such-entity/ownership", HttpStatusCode.NotFound)]
    [InlineData("/app/chokepoints?remove=%3Cscript%3E", HttpStatusCode.NotFound)]
    public async Task Bad_input_is_shown_on_the_page_with_its_status_and_encoded(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
    }
}
