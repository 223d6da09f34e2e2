using Microsoft.Playwright;

namespace Chokepoint.Web.Tests.Browser;

/// <summary>The chokepoints and paths pages in chromium: the Cytoscape graph highlights the chokepoints, and the chosen path.</summary>
public sealed class NetworkGraphTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Zakharov = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private const string Cst = "NK-abdzbEBkqyT29GyREbiURZ";

    [Fact]
    public async Task Chokepoint_and_path_nodes_are_highlighted_on_the_graph()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => Assert.StartsWith(fixture.BaseUrl, request.Url, StringComparison.Ordinal);

        await page.GotoAsync("/app/chokepoints");
        await page.GetByLabel("Dataset").SelectOptionAsync("belarus-dib");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.chokepointGraph && window.chokepointGraph.nodes().length > 0");
        var highlighted = await page.EvaluateAsync<string[]>("() => window.chokepointGraph.nodes('.highlighted').map(n => n.id()).sort()");
        Assert.Equal(["bdib-558-arp", "bdib-lukashenko", "bdib-peleng", "bdib-zenit-belomo"], highlighted);
        Assert.Contains("4 highlighted", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.Screenshots, "chokepoints.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "What if removed" }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => window.chokepointGraph && window.chokepointGraph.nodes('.removed').length === 1");
        Assert.Equal("bdib-lukashenko", await page.EvaluateAsync<string>("() => window.chokepointGraph.nodes('.removed')[0].id()"));
        Assert.Equal(4, await page.EvaluateAsync<int>("() => window.chokepointGraph.nodes('.lost').length"));

        await page.GotoAsync($"/app/paths?from={Zakharov}&to={Cst}&max_hops=2&k=3");
        await page.WaitForFunctionAsync("() => window.chokepointGraph && window.chokepointGraph.nodes().length > 0");
        Assert.Equal(new[] { Cst, Zakharov }.Order(StringComparer.Ordinal), await page.EvaluateAsync<string[]>("() => window.chokepointGraph.nodes('.highlighted').map(n => n.id()).sort()"));
        var first = await page.EvaluateAsync<string[]>("() => window.chokepointGraph.edges('.highlighted').map(e => e.id())");
        Assert.Single(first);
        await page.GetByRole(AriaRole.Button, new() { Name = "Highlight path 2 on the graph" }).ClickAsync();
        var second = await page.EvaluateAsync<string[]>("() => window.chokepointGraph.edges('.highlighted').map(e => e.id())");
        Assert.NotEmpty(second);
        Assert.NotEqual(first, second);
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Highlight path 2 on the graph" }).GetAttributeAsync("aria-pressed"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.Screenshots, "paths.png"), FullPage = true });
        await context.CloseAsync();
    }
}
