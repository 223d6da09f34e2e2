using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chokepoint.Web.Tests.Security;

/// <summary>Who may call what, over HTTP: no credentials, a bad key, and one key per role against reads, screening, judgements, reveals and a later-added endpoint.</summary>
[Collection(SecureCollection.Name)]
public sealed class AccessMatrixTests(SecureHost host)
{
    public static TheoryData<string, string, string, int> Matrix => new()
    {
        // role ("none" = no credentials), method, url, expected status
        { "none", "GET", "/datasets", 401 },
        { "none", "GET", "/entities/bdib-peleng", 401 },
        { "none", "GET", "/search/default?q=Peleng", 401 },
        { "none", "GET", "/openapi/v1.json", 401 },
        { "none", "GET", "/no/such/route", 401 },
        { "none", "POST", "/match/default", 401 },
        { "none", "GET", SecureHost.LaterEndpoint, 401 },
        { "none", "GET", "/health", 200 },
        { "none", "GET", "/assets/app.css", 200 },
        { "none", "GET", "/login", 200 },
        { "viewer", "GET", "/datasets", 200 },
        { "viewer", "GET", "/statements?entity_id=bdib-peleng", 200 },
        { "viewer", "POST", "/match/default", 200 },
        { "viewer", "POST", "/screening", 200 },
        { "viewer", "GET", "/datasets/zala/export", 200 },
        { "viewer", "POST", "/screening/false-positives", 403 },
        { "viewer", "DELETE", "/screening/false-positives?query=Peleng&entity_id=bdib-peleng", 403 },
        { "viewer", "POST", "/app/sources/x/reveal", 403 },
        { "viewer", "GET", SecureHost.LaterEndpoint, 200 },
        { "viewer", "POST", SecureHost.LaterEndpoint, 403 },
        { "analyst", "POST", "/screening/false-positives", 204 },
        { "analyst", "DELETE", "/screening/false-positives?query=Peleng&entity_id=bdib-peleng", 204 },
        { "analyst", "POST", SecureHost.LaterEndpoint, 200 },
        { "analyst", "POST", "/app/sources/x/reveal", 403 },
        { "admin", "POST", "/app/sources/x/reveal", 404 },
        { "admin", "GET", "/datasets", 200 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_its_permissions(string role, string method, string url, int expected)
    {
        using var client = host.Client(role == "none" ? null : host.Keys[role]);
        using var response = await client.SendAsync(Request(method, url));
        Assert.Equal(expected, (int)response.StatusCode);
        if (expected is 401 or 403)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(expected, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        }
        if (expected == 401)
            Assert.StartsWith("Bearer realm=\"chokepoint\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("X-Api-Key")]
    public async Task Keys_work_in_either_header_and_a_revoked_or_forged_key_is_401(string header)
    {
        foreach (var (key, expected) in new[] { (host.Keys["viewer"], 200), (host.RevokedKey, 401), ("cpk_0123456789ab_forged", 401), ("Basic YWRtaW46YWRtaW4=", 401) })
        {
            using var client = host.Client();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets");
            if (header == "Bearer")
                request.Headers.TryAddWithoutValidation("Authorization", key.StartsWith("cpk_", StringComparison.Ordinal) ? $"Bearer {key}" : key);
            else
                request.Headers.Add("X-Api-Key", key);
            using var response = await client.SendAsync(request);
            Assert.Equal(expected, (int)response.StatusCode);
        }
    }

    [Fact]
    public async Task Pages_redirect_an_anonymous_browser_to_login_and_refuse_a_missing_permission_with_403()
    {
        using var anonymous = host.Client();
        using var redirect = await anonymous.GetAsync(new Uri("/app/entities/bdib-peleng", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/login?return=%2Fapp%2Fentities%2Fbdib-peleng", redirect.Headers.Location?.OriginalString);
        using var viewer = host.Client(host.Keys["viewer"]);
        using var refused = await viewer.PostAsync(new Uri("/app/sources/x/reveal", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Key_use_is_audited_with_the_remote_address()
    {
        using var client = host.Client(host.Keys["analyst"]);
        (await client.GetAsync(new Uri("/datasets", UriKind.Relative))).EnsureSuccessStatusCode();
        var records = await host.Audit.ListAsync();
        Assert.Contains(records, r => r is { Action: "key.use", Target: "analyst-key", Remote: "127.0.0.1" });
        Assert.Null(await host.Audit.VerifyAsync());
    }

    [Fact]
    public async Task The_openapi_document_declares_the_api_key_schemes()
    {
        using var client = host.Client(host.Keys["viewer"]);
        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("api_key").GetProperty("name").GetString());
    }

    internal static HttpRequestMessage Request(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "POST")
            return request;
        request.Content = url switch
        {
            "/match/default" => JsonContent.Create(new { queries = new { q1 = new { schema = "Company", properties = new { name = new[] { "Peleng" } } } } }),
            "/screening" => new FormUrlEncodedContent(new Dictionary<string, string> { ["names"] = "Peleng" }),
            "/screening/false-positives" => new StringContent("""{"query": "Peleng", "entity_id": "bdib-peleng"}""", Encoding.UTF8, "application/json"),
            _ => new StringContent(""),
        };
        return request;
    }
}
