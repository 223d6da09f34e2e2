using System.Net;
using Chokepoint.Security;
using Chokepoint.Web.Security;

namespace Chokepoint.Web.Tests.Security;

/// <summary>Open access (the one-command demo): only on loopback while no user exists, or when forced with --open; brute-force sign-in is throttled.</summary>
public sealed class OpenAccessTests
{
    private static Uri U(string url) => new(url, UriKind.Relative);

    [Theory]
    [InlineData(true, "http://localhost:5080")]
    [InlineData(true, "http://127.0.0.1:41234", "http://[::1]:41234")]
    [InlineData(true)]
    [InlineData(false, "http://0.0.0.0:5080")]
    [InlineData(false, "http://*:5080")]
    [InlineData(false, "http://+:5080")]
    [InlineData(false, "http://[::]:5080")]
    [InlineData(false, "http://127.0.0.1:5080", "http://192.168.1.20:5080")]
    [InlineData(false, "http://unix:/tmp/chokepoint.sock")]
    public void Only_loopback_listeners_count_as_loopback(bool expected, params string[] addresses) =>
        Assert.Equal(expected, AccessMode.ListensOnLoopbackOnly(addresses));

    [Fact]
    public async Task Loopback_without_users_is_open_until_the_first_user_is_added()
    {
        var host = new SecureHost { WithAccounts = false };
        await host.InitializeAsync();
        try
        {
            using var client = host.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(U("/datasets"))).StatusCode);
            Assert.Contains("Open access", await client.GetStringAsync(U("/app")), StringComparison.Ordinal);
            Assert.StartsWith("access: open on this machine only", await host.Mode.DescribeAsync(CancellationToken.None), StringComparison.Ordinal);
            await host.Access.Accounts.AddUserAsync("first", Roles.Admin, SecureHost.Password, new AuditContext("test", "local"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(U("/datasets"))).StatusCode);
            Assert.StartsWith("access: accounts required", await host.Mode.DescribeAsync(CancellationToken.None), StringComparison.Ordinal);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Forced_open_admits_anonymous_requests_and_brute_force_sign_in_is_throttled_with_429()
    {
        var host = new SecureHost { ForceOpen = true };
        await host.InitializeAsync();
        try
        {
            using var client = host.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(U("/datasets"))).StatusCode);
            Assert.StartsWith("access: OPEN (--open)", await host.Mode.DescribeAsync(CancellationToken.None), StringComparison.Ordinal);
            HttpResponseMessage? last = null;
            for (var attempt = 0; attempt < LoginThrottle.FreeFailures + 1; attempt++)
            {
                last?.Dispose();
                last = await SecureHost.PostLoginAsync(client, "admin-user", $"guess number {attempt}");
            }
            Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
            Assert.True(last.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            using var right = await SecureHost.PostLoginAsync(client, "admin-user", SecureHost.Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
            last.Dispose();
            Assert.True((await host.Audit.ListAsync()).Count(r => r is { Action: "login.failed", Remote: "127.0.0.1" }) >= LoginThrottle.FreeFailures);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
