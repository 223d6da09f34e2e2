using System.Data.Common;

namespace Chokepoint.Security;

/// <summary>Local accounts and API keys: creation, listing, disabling and revocation, each written to the audit log.</summary>
public sealed class Accounts(SecurityDb db, IAuditSink audit)
{
    public async Task<UserAccount> AddUserAsync(string name, string role, string password, AuditContext by, CancellationToken cancellationToken = default)
    {
        UserNames.Check(name);
        Roles.Check(role);
        if (password.Length < 12)
            throw new ArgumentException("password must be at least 12 characters");
        if (await GetUserAsync(name, cancellationToken) is not null)
            throw new ArgumentException("a user of that name exists");
        await db.ExecuteAsync("user_insert", cancellationToken, ("name", name), ("role", role), ("hash", PasswordHasher.Hash(password)), ("at", SecurityDb.Now()));
        await audit.RecordAsync(by.Entry("user.add", name, $"role {role}"), cancellationToken);
        return (await GetUserAsync(name, cancellationToken))!;
    }

    public async Task<UserAccount?> GetUserAsync(string name, CancellationToken cancellationToken = default) =>
        (await db.QueryAsync("user_get", ReadUser, cancellationToken, ("name", name))).SingleOrDefault();

    public Task<List<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        db.QueryAsync("users_list", ReadUser, cancellationToken);

    public async Task DisableUserAsync(string name, AuditContext by, CancellationToken cancellationToken = default)
    {
        if (await db.ExecuteAsync("user_disable", cancellationToken, ("name", name)) == 0)
            throw new KeyNotFoundException("no such user");
        await audit.RecordAsync(by.Entry("user.disable", name, null), cancellationToken);
    }

    /// <summary>Creates a key; the returned <see cref="ApiKey.Presented"/> form is the only time the secret exists outside the caller.</summary>
    public async Task<(ApiKey Key, ApiKeyInfo Info)> CreateKeyAsync(string name, string role, AuditContext by, CancellationToken cancellationToken = default)
    {
        UserNames.Check(name, "key name");
        Roles.Check(role);
        var key = ApiKey.Generate();
        await db.ExecuteAsync("key_insert", cancellationToken, ("id", key.Id), ("name", name), ("role", role), ("secret", key.SecretSha256), ("at", SecurityDb.Now()));
        await audit.RecordAsync(by.Entry("key.create", key.Id, $"role {role}"), cancellationToken);
        return (key, (await GetKeyAsync(key.Id, cancellationToken))!);
    }

    public async Task<ApiKeyInfo?> GetKeyAsync(string id, CancellationToken cancellationToken = default) =>
        (await db.QueryAsync("key_get", ReadKey, cancellationToken, ("id", id))).SingleOrDefault();

    public Task<List<ApiKeyInfo>> ListKeysAsync(CancellationToken cancellationToken = default) =>
        db.QueryAsync("keys_list", ReadKey, cancellationToken);

    public async Task RevokeKeyAsync(string id, AuditContext by, CancellationToken cancellationToken = default)
    {
        if (await db.ExecuteAsync("key_revoke", cancellationToken, ("id", id), ("at", SecurityDb.Now())) == 0)
            throw new KeyNotFoundException("no such key, or already revoked");
        await audit.RecordAsync(by.Entry("key.revoke", id, null), cancellationToken);
    }

    internal Task MarkKeyUsedAsync(string id, CancellationToken cancellationToken) =>
        db.ExecuteAsync("key_used", cancellationToken, ("id", id), ("at", SecurityDb.Now()));

    public async Task<bool> AnyUsersAsync(CancellationToken cancellationToken = default) =>
        (await db.QueryAsync("users_exist", r => r.GetInt64(0), cancellationToken)).Single() != 0;

    /// <summary>Synchronous form for a per-request check where the caller cannot await.</summary>
    public bool AnyUsers()
    {
        using var connection = db.Open();
        using var command = db.Command(connection, "users_exist");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    private static UserAccount ReadUser(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(3) != 0, r.GetString(4)) { PasswordHash = r.GetString(2) };

    private static ApiKeyInfo ReadKey(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(4), SecurityDb.Text(r, 5), SecurityDb.Text(r, 6)) { SecretSha256 = r.GetString(3) };
}
