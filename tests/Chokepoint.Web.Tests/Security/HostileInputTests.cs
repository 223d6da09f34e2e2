using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chokepoint.Web.Tests.Security;

/// <summary>SQL injection in every route and query parameter, path traversal in file names, oversized bodies: each refused or harmless, never a 500, data unchanged.</summary>
[Collection(SecureCollection.Name)]
public sealed class HostileInputTests(SecureHost host)
{
    public static TheoryData<string> Injections => new()
    {
        "' OR '1'='1",
        "'; DROP TABLE statements; --",
        "1 UNION SELECT name, sql FROM sqlite_master --",
        "\" OR \"\"=\"",
        "%' OR 1=1 --",
        "bdib-peleng' AND 1=(SELECT COUNT(*) FROM users) --",
    };

    private static IEnumerable<(string Method, string Url, HttpContent? Body)> Requests(string x)
    {
        var e = Uri.EscapeDataString(x);
        yield return ("GET", $"/datasets/{e}", null);
        yield return ("GET", $"/datasets/{e}/export", null);
        yield return ("GET", $"/entities/{e}", null);
        yield return ("GET", $"/entities/{e}/expand?limit={e}&offset={e}", null);
        yield return ("GET", $"/entities/bdib-peleng/expand?limit={e}&offset={e}", null);
        yield return ("GET", $"/search/{e}?q={e}", null);
        yield return ("GET", $"/search/default?q={e}&schema={e}&countries={e}&topics={e}&datasets={e}&limit={e}&offset={e}", null);
        yield return ("GET", $"/statements?entity_id={e}&limit={e}&offset={e}", null);
        yield return ("POST", $"/match/{e}", Json("{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"x\"]}}}}"));
        yield return ("POST", $"/match/default?algorithm={e}&threshold={e}&include_dataset={e}&exclude_schema={e}&exclude_entity_ids={e}&topics={e}&changed_since={e}",
            Json("{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\": [" + System.Text.Json.JsonSerializer.Serialize(x) + "]}}}}"));
        yield return ("POST", "/screening", new FormUrlEncodedContent(new Dictionary<string, string> { ["names"] = x, ["dataset"] = x, ["threshold"] = x }));
        yield return ("POST", "/screening/false-positives", Json(System.Text.Json.JsonSerializer.Serialize(new { query = x, entity_id = x })));
        yield return ("DELETE", $"/screening/false-positives?query={e}&entity_id={e}", null);
        yield return ("GET", $"/app?q={e}&schema={e}&countries={e}&topics={e}&datasets={e}&offset={e}", null);
        yield return ("GET", $"/app/entities/{e}", null);
        yield return ("GET", $"/app/network/{e}", null);
        yield return ("GET", $"/app/sources/{e}", null);
        yield return ("POST", $"/app/sources/{e}/reveal", null);
        yield return ("GET", $"/login?return={e}", null);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task Sql_injection_in_every_parameter_is_refused_or_harmless_and_changes_nothing(string injection)
    {
        using var client = host.Client(host.Keys["admin"]);
        var before = await client.GetStringAsync(new Uri("/datasets", UriKind.Relative));
        foreach (var (method, url, body) in Requests(injection))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"{method} {url} answered {status}");
            if (url.StartsWith("/entities/", StringComparison.Ordinal) && !url.Contains("bdib-peleng", StringComparison.Ordinal) || url.StartsWith("/datasets/", StringComparison.Ordinal))
                Assert.True(status is 400 or 404, $"{method} {url} answered {status}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("sqlite_master", text.Replace(Uri.EscapeDataString(injection), "", StringComparison.Ordinal).Replace(injection, "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("SqliteException", text, StringComparison.Ordinal);
        }
        Assert.Equal(before, await client.GetStringAsync(new Uri("/datasets", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/entities/bdib-peleng", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Sql_injection_in_the_sign_in_form_is_an_ordinary_failed_sign_in()
    {
        using var client = host.Client();
        using var response = await SecureHost.PostLoginAsync(client, "' OR 1=1 --", "' OR '1'='1");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/assets/..%2f..%2fappsettings.json")]
    [InlineData("/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/assets/../../../../etc/passwd")]
    [InlineData("/assets/..%5c..%5cChokepoint.Web.dll")]
    [InlineData("/assets/....//....//etc/passwd")]
    [InlineData("/assets/app.css%00.js")]
    [InlineData("/assets/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/datasets/..%2f..%2f..%2fetc%2fpasswd/export")]
    [InlineData("/app/sources/..%2f..%2fetc%2fpasswd")]
    public async Task Path_traversal_in_file_names_is_refused(string path)
    {
        var (status, body) = await RawGetAsync(path);
        Assert.True(status is 400 or 404, $"{path} answered {status}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MZ", body[..Math.Min(body.Length, 2)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/match/default", "application/json", true)]
    [InlineData("/screening", "application/x-www-form-urlencoded", true)]
    [InlineData("/login", "application/x-www-form-urlencoded", false)]
    public async Task Oversized_bodies_are_refused_with_413(string url, string type, bool withKey)
    {
        using var client = host.Client(withKey ? host.Keys["admin"] : null);
        using var body = new ByteArrayContent(new byte[ChokepointWeb.MaxUploadBytes + 1024]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        // Expect: 100-continue makes the client wait for the verdict, so a refusal sent before the body is read
        // cannot race the upload into a connection reset.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = body };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A GET written byte for byte on a socket, so that no client library normalizes the path first.</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string path)
    {
        var uri = new Uri(host.BaseUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nX-Api-Key: {host.Keys["admin"]}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, split < 0 ? "" : response[(split + 4)..]);
    }
}
