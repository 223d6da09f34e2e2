using System.Data.Common;
using System.Text;
using Chokepoint.Core.Tests.Support;
using Chokepoint.Security;
using Chokepoint.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chokepoint.Core.Tests.Security;

/// <summary>A temporary store of either engine with its security services, and a key file in a separate folder.</summary>
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

    public static async Task<SecurityFixture> CreateAsync(bool postgres = false) => new(await TempStore.CreateAsync(postgres), new FakeTime());

    public ProtectedSources Protected(string? keyPath = null) => ProtectedSources.Open(Db, keyPath ?? KeyPath, Audit);

    /// <summary>Runs SQL on a connection of its own, past every service, as someone holding the database would.</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// What a thief of the database gets without the key: the SQLite files' bytes (store closed first), or every row
    /// of every table of the PostgreSQL schema in its text form (bytea as hex).
    /// </summary>
    public async Task<byte[]> StolenDatabaseAsync()
    {
        if (!Store.IsPostgres)
        {
            await Store.Store.DisposeAsync();
            return Directory.GetFiles(Store.Folder, "test.db*").SelectMany(File.ReadAllBytes).ToArray();
        }
        await using var connection = await OpenRawAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = current_schema()";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT t::text FROM {table} t";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                dump.AppendLine(reader.GetString(0));
        }
        Assert.Contains("protected_sources", tables);
        return Encoding.UTF8.GetBytes(dump.ToString());
    }

    private async Task<DbConnection> OpenRawAsync()
    {
        DbConnection connection = Store.IsPostgres
            ? new NpgsqlConnection(PostgresLocation.ToConnectionString(Store.Location) + ";Pooling=false")
            : new SqliteConnection($"Data Source={Store.Location};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(KeyFolder))
            Directory.Delete(KeyFolder, recursive: true);
    }
}
