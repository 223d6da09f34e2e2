using Chokepoint.Core.Tests.Support;
using Chokepoint.Security;

namespace Chokepoint.Core.Tests.Security;

/// <summary>A temporary store with its security services, and a key file in a separate folder.</summary>
public sealed class SecurityFixture : IAsyncDisposable
{
    private SecurityFixture(TempStore store, FakeTime time)
    {
        Store = store;
        Time = time;
        Db = SecurityDb.For(store.Store);
        Audit = new AuditLog(Db);
        Access = new AccessControl(new Accounts(Db, Audit), Audit, new LoginThrottle(time));
        KeyFolder = Path.Combine(Path.GetTempPath(), "chokepoint-keys", Guid.NewGuid().ToString("N"));
    }

    public TempStore Store { get; }
    public FakeTime Time { get; }
    public SecurityDb Db { get; }
    public AuditLog Audit { get; }
    public AccessControl Access { get; }
    public string KeyFolder { get; }
    public string KeyPath => Path.Combine(KeyFolder, "key");
    public static AuditContext By => new("test", "127.0.0.1");

    public static async Task<SecurityFixture> CreateAsync() => new(await TempStore.CreateAsync(), new FakeTime());

    public ProtectedSources Protected(string? keyPath = null) => ProtectedSources.Open(Db, keyPath ?? KeyPath, Audit);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(KeyFolder))
            Directory.Delete(KeyFolder, recursive: true);
    }
}
