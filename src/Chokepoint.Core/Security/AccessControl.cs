namespace Chokepoint.Security;

/// <summary>
/// Authentication and authorization for the web app and API, free of any web framework: API keys, passwords with a
/// login throttle, the role → permission table, and the open-access rule for the one-command demo.
/// One instance per process (it holds the throttle).
/// </summary>
public sealed class AccessControl(Accounts accounts, IAuditSink audit, LoginThrottle? throttle = null)
{
    private readonly LoginThrottle _throttle = throttle ?? new LoginThrottle();

    public static AccessControl For(Storage.IStore store, LoginThrottle? throttle = null)
    {
        var db = SecurityDb.For(store);
        var audit = new AuditLog(db);
        return new AccessControl(new Accounts(db, audit), audit, throttle);
    }

    public Accounts Accounts => accounts;

    public static bool Can(Principal? principal, string permission) =>
        principal is not null && Roles.Grants(principal.Role, permission);

    /// <summary>Open access only when the listener is loopback-only and no user exists.</summary>
    public async Task<bool> AllowsOpenAccessAsync(bool loopback, CancellationToken cancellationToken = default) =>
        loopback && !await accounts.AnyUsersAsync(cancellationToken);

    /// <summary>Synchronous <see cref="AllowsOpenAccessAsync"/>: one indexed query.</summary>
    public bool AllowsOpenAccess(bool loopback) => loopback && !accounts.AnyUsers();

    /// <summary>The key's principal, or null for a malformed, unknown or revoked key. Each successful use is audited.</summary>
    public async Task<Principal?> AuthenticateKeyAsync(string? presentedKey, string? remote = null, CancellationToken cancellationToken = default)
    {
        if (ApiKey.Parse(presentedKey) is not { } key)
            return null;
        var stored = await accounts.GetKeyAsync(key.Id, cancellationToken);
        if (stored is null || stored.Revoked || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(stored.SecretSha256), System.Text.Encoding.ASCII.GetBytes(key.SecretSha256)))
            return null;
        await accounts.MarkKeyUsedAsync(key.Id, cancellationToken);
        var principal = new Principal("key", $"key:{key.Id}", stored.Role);
        await audit.RecordAsync(new AuditEntry(principal.Name, "key.use", stored.Name, remote, null), cancellationToken);
        return principal;
    }

    /// <summary>Checks a password; throttled per user and per remote address. Unknown user, disabled user and wrong password look alike.</summary>
    public async Task<LoginResult> AuthenticatePasswordAsync(string user, string password, string? remote = null, CancellationToken cancellationToken = default)
    {
        var wait = _throttle.RetryAfter(user, remote);
        if (wait > TimeSpan.Zero)
            return new LoginResult(null, wait);
        var account = user.Length <= UserNames.MaxLength ? await accounts.GetUserAsync(user, cancellationToken) : null;
        // Hash even for an unknown user so that timing does not tell which names exist.
        var ok = PasswordHasher.Verify(password, account?.PasswordHash ?? DummyHash.Value) && account is { Disabled: false };
        if (!ok)
        {
            _throttle.Failed(user, remote);
            await audit.RecordAsync(new AuditEntry(user.Length <= UserNames.MaxLength ? user : "(oversized)", "login.failed", null, remote, null), cancellationToken);
            return new LoginResult(null, TimeSpan.Zero);
        }
        _throttle.Succeeded(user);
        await audit.RecordAsync(new AuditEntry(account!.Name, "login", null, remote, null), cancellationToken);
        return new LoginResult(new Principal("user", account.Name, account.Role), TimeSpan.Zero);
    }

    private static readonly Lazy<string> DummyHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString()));
}
