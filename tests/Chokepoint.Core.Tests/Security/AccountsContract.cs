using Chokepoint.Core.Tests.Storage;
using Chokepoint.Security;

namespace Chokepoint.Core.Tests.Security;

/// <summary>Accounts, API keys, logins and open access, on each engine.</summary>
public abstract class AccountsContract
{
    /// <summary>Whether this class runs on PostgreSQL (the test server) rather than a SQLite file.</summary>
    protected abstract bool Postgres { get; }

    protected Task<SecurityFixture> CreateAsync() => SecurityFixture.CreateAsync(Postgres);

    [StoreFact]
    public async Task Api_key_authenticates_until_revoked()
    {
        await using var f = await CreateAsync();
        var (key, info) = await f.Access.Accounts.CreateKeyAsync("ci", Roles.Viewer, SecurityFixture.By);
        Assert.StartsWith($"cpk_{info.Id}_", key.Presented, StringComparison.Ordinal);
        var principal = await f.Access.AuthenticateKeyAsync(key.Presented, "10.0.0.1");
        Assert.Equal(new Principal("key", $"key:{info.Id}", Roles.Viewer), principal);
        Assert.Null(await f.Access.AuthenticateKeyAsync(key.Presented[..^1] + (key.Presented[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(await f.Access.AuthenticateKeyAsync("cpk_nonsense"));
        Assert.Null(await f.Access.AuthenticateKeyAsync(null));
        await f.Access.Accounts.RevokeKeyAsync(info.Id, SecurityFixture.By);
        Assert.Null(await f.Access.AuthenticateKeyAsync(key.Presented));
        var stored = (await f.Access.Accounts.ListKeysAsync()).Single();
        Assert.DoesNotContain(key.Secret, stored.ToString(), StringComparison.Ordinal);
        Assert.Contains(await f.Audit.ListAsync(), r => r.Action == "key.use" && r.Remote == "10.0.0.1");
    }

    [StoreFact]
    public async Task Password_login_succeeds_and_fails_and_disabled_users_cannot_log_in()
    {
        await using var f = await CreateAsync();
        await f.Access.Accounts.AddUserAsync("alice", Roles.Analyst, "a long passphrase", SecurityFixture.By);
        Assert.Equal(Roles.Analyst, (await f.Access.AuthenticatePasswordAsync("alice", "a long passphrase")).Principal?.Role);
        Assert.Null((await f.Access.AuthenticatePasswordAsync("alice", "wrong passphrase")).Principal);
        Assert.Null((await f.Access.AuthenticatePasswordAsync("mallory", "a long passphrase")).Principal);
        await f.Access.Accounts.DisableUserAsync("alice", SecurityFixture.By);
        Assert.Null((await f.Access.AuthenticatePasswordAsync("alice", "a long passphrase")).Principal);
    }

    [StoreFact]
    public async Task Repeated_failures_lock_out_the_user_and_the_address_with_growing_waits()
    {
        await using var f = await CreateAsync();
        await f.Access.Accounts.AddUserAsync("alice", Roles.Viewer, "a long passphrase", SecurityFixture.By);
        for (var i = 0; i < LoginThrottle.FreeFailures; i++)
            Assert.False((await f.Access.AuthenticatePasswordAsync("alice", "guess " + i, "203.0.113.9")).Throttled);
        var locked = await f.Access.AuthenticatePasswordAsync("alice", "a long passphrase", "198.51.100.1");
        Assert.True(locked.Throttled);
        Assert.True((await f.Access.AuthenticatePasswordAsync("bob", "x", "203.0.113.9")).Throttled);
        f.Time.Now += locked.RetryAfter;
        Assert.Null((await f.Access.AuthenticatePasswordAsync("alice", "guess again", "198.51.100.1")).Principal);
        var longer = await f.Access.AuthenticatePasswordAsync("alice", "a long passphrase", "198.51.100.1");
        Assert.True(longer.RetryAfter > locked.RetryAfter);
        f.Time.Now += longer.RetryAfter;
        Assert.NotNull((await f.Access.AuthenticatePasswordAsync("alice", "a long passphrase", "198.51.100.1")).Principal);
    }

    [StoreFact]
    public async Task Sql_injection_in_names_is_stored_verbatim_and_harmless()
    {
        foreach (var name in new[] { "robert'); DROP TABLE users;--", "\" OR 1=1 --", "x' UNION SELECT password_hash FROM users --" })
            await AssertStoredVerbatimAsync(name);
    }

    private async Task AssertStoredVerbatimAsync(string name)
    {
        await using var f = await CreateAsync();
        await f.Access.Accounts.AddUserAsync(name, Roles.Viewer, "a long passphrase", SecurityFixture.By);
        await f.Access.Accounts.CreateKeyAsync(name, Roles.Viewer, SecurityFixture.By);
        await f.Access.Accounts.AddUserAsync("second", Roles.Viewer, "a long passphrase", SecurityFixture.By);
        Assert.Equal(new[] { name, "second" }.Order(StringComparer.Ordinal), (await f.Access.Accounts.ListUsersAsync()).Select(u => u.Name).Order(StringComparer.Ordinal));
        Assert.Equal(name, (await f.Access.Accounts.ListKeysAsync()).Single().Name);
        Assert.Null((await f.Access.AuthenticatePasswordAsync(name, "' OR '1'='1")).Principal);
    }

    [StoreFact]
    public async Task Bad_roles_names_and_short_passwords_are_refused()
    {
        await using var f = await CreateAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => f.Access.Accounts.AddUserAsync("a", "root", "a long passphrase", SecurityFixture.By));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Access.Accounts.AddUserAsync("a", Roles.Admin, "short", SecurityFixture.By));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Access.Accounts.AddUserAsync("a\nb", Roles.Admin, "a long passphrase", SecurityFixture.By));
        await Assert.ThrowsAsync<ArgumentException>(() => f.Access.Accounts.CreateKeyAsync(new string('k', 101), Roles.Admin, SecurityFixture.By));
    }

    [StoreFact]
    public async Task Open_access_only_on_loopback_and_before_the_first_user()
    {
        await using var f = await CreateAsync();
        Assert.True(await f.Access.AllowsOpenAccessAsync(loopback: true));
        Assert.True(f.Access.AllowsOpenAccess(loopback: true));
        Assert.False(await f.Access.AllowsOpenAccessAsync(loopback: false));
        await f.Access.Accounts.AddUserAsync("alice", Roles.Admin, "a long passphrase", SecurityFixture.By);
        Assert.False(await f.Access.AllowsOpenAccessAsync(loopback: true));
        Assert.False(f.Access.AllowsOpenAccess(loopback: true));
    }
}
