using System.Net;

namespace Chokepoint.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class PagesTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/app", "Search")]
    [InlineData("/app?q=peleng&countries=by", "Peleng")]
    [InlineData("/app/entities/bdib-peleng", "Пеленг")]
    [InlineData("/app/network/bdib-peleng", "cytoscape.min.js")]
    [InlineData("/app/screening", "Download CSV")]
    [InlineData("/app/datasets", "CC-BY-4.0")]
    public async Task Pages_render(string url, string expected)
    {
        var html = await _client.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Contains(expected, html, StringComparison.Ordinal);
        // Everything is served by the app itself: no script, style or image from another host (the antiforgery
        // token is random text, so look at addresses, not at any "cdn" substring).
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
    }

    [Fact]
    public async Task Unknown_entity_page_is_404_and_data_is_html_encoded()
    {
        var response = await _client.GetAsync(new Uri("/app/entities/%3Cscript%3E", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/lib/cytoscape.min.js")]
    [InlineData("/assets/lib/leaflet.js")]
    [InlineData("/assets/network.js")]
    public async Task Client_libraries_are_served_locally(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
