using Chokepoint.Datasets;
using Chokepoint.Model;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>The embedded engine: one SQLite file in WAL mode.</summary>
public sealed class SqliteStore : IStore
{
    private readonly string _connectionString;

    public SqliteStore(string path, SchemaModel model)
    {
        Model = model;
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        View = new SqliteStoreView(this);
    }

    public string Path { get; }

    internal string ConnectionString => _connectionString;

    public SchemaModel Model { get; }

    public IStoreView View { get; }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            // journal_mode is stored in the file: set once here, not on every connection.
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
        await SqliteMigrations.ApplyAsync(connection, cancellationToken);
    }

    public async Task<IStatementWriter> BeginImportAsync(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            return await SqliteStatementWriter.StartAsync(connection, plan, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
