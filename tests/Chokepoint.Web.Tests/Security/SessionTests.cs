using System.Net;
using System.Text;
using Chokepoint.Security;

namespace Chokepoint.Web.Tests.Security;

/// <summary>Password sign-in, the session cookie, antiforgery on cookie-session POSTs, cross-site refusal and sign-out.</summary>
[Collection(SecureCollection.Name)]
public sealed class SessionTests(SecureHost host)
{
    private static Uri U(string url) => new(url, UriKind.Relative);

    private static HttpRequestMessage FalsePositive(string? token = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/screening/false-positives")
        {
            Content = new StringContent("""{"query": "Peleng", "entity_id": "bdib-peleng"}""", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Add("X-CSRF-TOKEN", token);
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task Sign_in_sets_a_strict_http_only_cookie_and_pages_say_who_is_signed_in()
    {
        using var client = host.Client();
        using var response = await SecureHost.PostLoginAsync(client, "analyst-user", SecureHost.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/app/datasets", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("chokepoint_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await client.GetStringAsync(U("/app/datasets"));
        Assert.Contains("Signed in as <strong>analyst-user</strong> (analyst)", page, StringComparison.Ordinal);
        Assert.Contains(await host.Audit.ListAsync(), r => r is { Action: "login", Actor: "analyst-user", Remote: "127.0.0.1" });
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_audited_as_a_failure()
    {
        using var client = host.Client();
        using var response = await SecureHost.PostLoginAsync(client, "viewer-user", "not the password at all");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The user name or the password is wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await host.Audit.ListAsync(), r => r is { Action: "login.failed", Actor: "viewer-user", Remote: "127.0.0.1" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(U("/datasets"))).StatusCode);
    }

    [Fact]
    public async Task Login_without_the_antiforgery_token_is_refused()
    {
        using var client = host.Client();
        using var response = await SecureHost.PostLoginAsync(client, "viewer-user", SecureHost.Password, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Cookie_session_post_needs_the_antiforgery_token()
    {
        using var client = await host.SignInAsync("analyst-user");
        using var missing = await client.SendAsync(FalsePositive());
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        using var forged = await client.SendAsync(FalsePositive(token: "forged"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var token = SecureHost.Token(await client.GetStringAsync(U("/app/screening")));
        using var crossSite = await client.SendAsync(FalsePositive(token, origin: "https://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        using var ok = await client.SendAsync(FalsePositive(token));
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Contains(await host.Audit.ListAsync(), r => r is { Action: "judgement.false_positive", Actor: "analyst-user", Target: "bdib-peleng", Remote: "127.0.0.1" });
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await host.SignInAsync("viewer-user");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(U("/datasets"))).StatusCode);
        var token = SecureHost.Token(await client.GetStringAsync(U("/app/datasets")));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(U("/logout"), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(U("/datasets"))).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_at_once()
    {
        await host.Access.Accounts.AddUserAsync("temp-user", Roles.Viewer, SecureHost.Password, new AuditContext("test", "local"));
        using var client = await host.SignInAsync("temp-user");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(U("/datasets"))).StatusCode);
        await host.Access.Accounts.DisableUserAsync("temp-user", new AuditContext("test", "local"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(U("/datasets"))).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Sign_in_never_redirects_off_site(string target)
    {
        using var client = host.Client();
        var token = SecureHost.Token(await client.GetStringAsync(U("/login")));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = "viewer-user",
            ["password"] = SecureHost.Password,
            ["return"] = target,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(U("/login"), form);
        Assert.Equal("/app", response.Headers.Location?.OriginalString);
    }
}
