using Chokepoint.Web.Tests.Security;
using Microsoft.Playwright;

namespace Chokepoint.Web.Tests.Browser;

/// <summary>Chromium against the app with accounts: redirected to sign in, signed in, a judgement posted with the session's antiforgery token, signed out.</summary>
public sealed class SignInJourneyTests : IAsyncLifetime
{
    private readonly SecureHost _host = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.Chromium))
            throw new InvalidOperationException($"{BrowserFixture.Chromium} is missing; run tests/setup/chromium.sh (test.sh does)");
        await _host.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task Sign_in_judge_a_match_and_sign_out()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _host.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/app/screening");
        Assert.EndsWith("/login?return=%2Fapp%2Fscreening", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("User name").FillAsync("analyst-user");
        await page.GetByLabel("Password").FillAsync(SecureHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Screening" }).WaitForAsync();
        Assert.Contains("Signed in as analyst-user (analyst)", await page.InnerTextAsync("header"), StringComparison.Ordinal);
        await page.GetByLabel("Names").FillAsync("Peleng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();
        await page.Locator("#results tbody tr button").First.ClickAsync();
        await page.Locator("#results tbody tr.judged").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestData.RepoRoot(), "artifacts", "screenshots", "signed-in.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }).WaitForAsync();
        Assert.Contains(await _host.Audit.ListAsync(), r => r is { Action: "judgement.false_positive", Actor: "analyst-user" });
        Assert.Contains(await _host.Audit.ListAsync(), r => r is { Action: "logout", Actor: "analyst-user" });
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        await _host.DisposeAsync();
    }
}
