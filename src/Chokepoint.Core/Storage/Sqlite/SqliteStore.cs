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
        Archive = new SqliteArchive(this);
    }

    public string Path { get; }

    internal string ConnectionString => _connectionString;

    public SchemaModel Model { get; }

    public IStoreView View { get; }

    public IStoreArchive Archive { get; }

    /// <summary>A connection's page cache and memory map; an import changes them and sets these back before the connection is pooled.</summary>
    internal const string UsualCache = "PRAGMA cache_size = -65536; PRAGMA mmap_size = 2147418112;";

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // Reads map the file (up to 2 GiB, this SQLite build's limit) instead of one read() call per page outside
        // the cache: assembling every entity of a large dataset spent a quarter of its time in those calls.
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; " + UsualCache;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            // journal_mode is stored in the file: set once here, not on every connection.
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
        var applied = await SqliteMigrations.ApplyAsync(connection, cancellationToken);
        if (applied.Contains("007_reference_index"))
        {
            await using var backfill = connection.CreateCommand();
            backfill.CommandText = SqliteSql.Get("reference_backfill");
            backfill.Parameters.AddWithValue("$props", System.Text.Json.JsonSerializer.Serialize(Model.EntityProps));
            await backfill.ExecuteNonQueryAsync(cancellationToken);
        }
        return applied;
    }

    public async Task<IStatementWriter> BeginImportAsync(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            return await SqliteStatementWriter.StartAsync(connection, plan, Model.EntityProps, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task AddFalsePositiveAsync(string queryKey, string entityId, string query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get("judgement_add");
        command.Parameters.AddWithValue("$query_key", queryKey);
        command.Parameters.AddWithValue("$entity_id", entityId);
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$created_at", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveFalsePositiveAsync(string queryKey, string entityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get("judgement_remove");
        command.Parameters.AddWithValue("$query_key", queryKey);
        command.Parameters.AddWithValue("$entity_id", entityId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
