using System.Text;
using Microsoft.Playwright;

namespace Chokepoint.Web.Tests.Browser;

/// <summary>The main user journey in chromium: search → entity page → expand the graph → screen a CSV → download.</summary>
public sealed class UserJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => Assert.StartsWith(fixture.BaseUrl, request.Url, StringComparison.Ordinal);
        return page;
    }

    private Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.Screenshots, $"{name}.png"), FullPage = true });

    [Fact]
    public async Task Search_entity_page_and_graph_expansion()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByLabel("Name").FillAsync("558 aircraft repair");
        await page.GetByLabel("Name").PressAsync("Enter");
        var plant = page.GetByRole(AriaRole.Link, new() { Name = "558 Aircraft Repair Plant", Exact = true });
        await plant.WaitForAsync();
        await ShotAsync(page, "search");
        await plant.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "558 Aircraft Repair Plant", Exact = true }).WaitForAsync();
        Assert.Contains("Restoration of Mi-8", await page.InnerTextAsync("main"), StringComparison.OrdinalIgnoreCase);
        await ShotAsync(page, "entity");

        await page.GetByRole(AriaRole.Link, new() { Name = "Network view" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.chokepointGraph && window.chokepointGraph.nodes().length >= 3");
        var before = await page.EvaluateAsync<int>("() => window.chokepointGraph.nodes().length");
        await page.GetByRole(AriaRole.Button, new() { Name = "Expand Leak of secret documents by a Belarusian KGB officer to Ukrainian special services" }).ClickAsync();
        await page.WaitForFunctionAsync($"() => window.chokepointGraph.nodes().length > {before}");
        Assert.Contains("Belarusian KGB", await page.EvaluateAsync<string[]>("() => window.chokepointGraph.nodes().map(n => n.data('label'))"));
        Assert.Contains("repairs Mi-8", await page.EvaluateAsync<string[]>("() => window.chokepointGraph.edges().map(e => e.data('label'))"));
        await ShotAsync(page, "network");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export PNG" }).ClickAsync());
        var png = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Screen_a_csv_mark_a_false_positive_and_download()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/app/screening");
        var csv = "name,country\nPeleng,by\n\"broken,by\nМинский завод колёсных тягачей,by\nNobody Known Here,\n";
        await page.GetByLabel("or CSV file").SetInputFilesAsync(new FilePayload { Name = "names.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();
        await page.Locator("#results tbody tr").First.WaitForAsync();
        Assert.Contains("line 3: unterminated quote", await page.Locator("#errors").InnerTextAsync(), StringComparison.Ordinal);
        var table = await page.Locator("#results").InnerTextAsync();
        Assert.Contains("Peleng", table, StringComparison.Ordinal);
        Assert.Contains("Minsk Wheeled Tractor Plant", table, StringComparison.Ordinal);
        await page.Locator("#results tbody tr button").First.ClickAsync();
        await page.Locator("#results tbody tr.judged").WaitForAsync();
        await ShotAsync(page, "screening");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("line,query,entity_id,caption,schema,score,sanctioned,explanation,judgement", text, StringComparison.Ordinal);
        Assert.Contains("bdib-peleng", text, StringComparison.Ordinal);
        Assert.Contains("false positive", text, StringComparison.Ordinal);
        Assert.Contains("error: unterminated quote", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Datasets_page_and_phone_width_entity_page()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/app/datasets");
        Assert.Contains("Belarusian defence-industrial base", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await ShotAsync(page, "datasets");
        await page.Context.CloseAsync();
        var phone = await NewPageAsync(390, 844);
        await phone.GotoAsync("/app/entities/bdib-mzkt");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await ShotAsync(phone, "entity-phone");
        await phone.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await phone.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await phone.Context.CloseAsync();
    }
}
