using System.Net;
using System.Text.RegularExpressions;

namespace Chokepoint.Web.Tests.Security;

/// <summary>Protected sources over HTTP: redacted for everyone, revealed only to an admin, every read and reveal audited, never in API output or exports.</summary>
[Collection(SecureCollection.Name)]
public sealed partial class ProtectedSourceWebTests(SecureHost host)
{
    private static Uri U(string url) => new(url, UriKind.Relative);

    private static void AssertAbsent(string text)
    {
        foreach (var secret in new[] { SecureHost.InformantName, "Secretov", SecureHost.InformantContact, "555-0101", "informant-ledger" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Entity_page_shows_the_redacted_label_and_the_read_is_audited()
    {
        using var client = await host.SignInAsync("viewer-user");
        var page = await client.GetStringAsync(U($"/app/entities/{SecureHost.ProtectedEntity}"));
        Assert.Contains("protected source, grading B2", page, StringComparison.Ordinal);
        AssertAbsent(page);
        Assert.Contains(await host.Audit.ListAsync(), r => r is { Action: "protected.read", Actor: "viewer-user", Target: SecureHost.ProtectedEntity, Remote: "127.0.0.1" });
        var source = SourceLink().Match(page).Groups[1].Value;
        var sourcePage = await client.GetStringAsync(U(source));
        AssertAbsent(sourcePage);
        Assert.DoesNotContain("/reveal", sourcePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_entity_search_and_exports_never_hold_the_protected_identity()
    {
        using var client = host.Client(host.Keys["admin"]);
        AssertAbsent(await client.GetStringAsync(U($"/entities/{SecureHost.ProtectedEntity}")));
        AssertAbsent(await client.GetStringAsync(U($"/statements?entity_id={SecureHost.ProtectedEntity}")));
        Assert.Contains(await host.Audit.ListAsync(), r => r is { Action: "protected.read", Target: SecureHost.ProtectedEntity, Remote: "127.0.0.1" }
            && r.Actor == "key:" + host.Keys["admin"][4..16]);
        AssertAbsent(await client.GetStringAsync(U("/datasets/leak")));
        var export = await client.GetStringAsync(U("/datasets/default/export"));
        Assert.Contains(SecureHost.ProtectedEntity, export, StringComparison.Ordinal);
        AssertAbsent(export);
        Assert.Contains(await host.Audit.ListAsync(), r => r is { Action: "export", Target: "(all)", Remote: "127.0.0.1" });
    }

    [Fact]
    public async Task Admin_reveals_the_identity_through_a_post_and_the_reveal_is_audited()
    {
        using var client = await host.SignInAsync("admin-user");
        var entityPage = await client.GetStringAsync(U($"/app/entities/{SecureHost.ProtectedEntity}"));
        var source = SourceLink().Match(entityPage).Groups[1].Value;
        var sourcePage = await client.GetStringAsync(U(source));
        AssertAbsent(sourcePage);
        Assert.Contains("Reveal the source", sourcePage, StringComparison.Ordinal);
        using var withoutToken = await client.PostAsync(U(source + "/reveal"), null);
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SecureHost.Token(sourcePage) });
        using var revealed = await client.PostAsync(U(source + "/reveal"), form);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        var html = WebUtility.HtmlDecode(await revealed.Content.ReadAsStringAsync());
        Assert.Contains(SecureHost.InformantName, html, StringComparison.Ordinal);
        Assert.Contains(SecureHost.InformantContact, html, StringComparison.Ordinal);
        Assert.Contains(await host.Audit.ListAsync(), r => r is { Action: "protected.reveal", Actor: "admin-user", Remote: "127.0.0.1" });
        foreach (var record in await host.Audit.ListAsync())
            AssertAbsent(record.ToString());
    }

    [Fact]
    public async Task A_document_ingested_as_protected_shows_only_its_grading()
    {
        using var client = await host.SignInAsync("viewer-user");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(U($"/app/sources/{Uri.EscapeDataString(host.ProtectedDocument)}")));
        Assert.Contains("protected source, grading C3", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ivan-secretov", page, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("href=\"(/app/sources/[^\"]+)\"")]
    private static partial Regex SourceLink();
}
