using System.Globalization;
using Chokepoint.Datasets;
using Chokepoint.Documents.Review;
using Chokepoint.Statements;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// Writes statements into <c>statements</c> as they come, one entity at a time in statement id order, inside the
/// import's one transaction. Nothing is held beyond one entity, so memory stays flat and objects die young.
/// </summary>
internal sealed class SqliteStatementWriter : IStatementWriter
{
    /// <summary>
    /// The import's pages stay in memory until commit instead of spilling to the WAL and being read back: 256 MiB
    /// (SQLite allocates pages only as they are used); the connection's usual cache is restored before it is pooled.
    /// The import reads without a memory map: every page it changes would first be copied out of the map.
    /// </summary>
    private const string ImportCache = "PRAGMA cache_size = -262144; PRAGMA mmap_size = 0";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly StatementBuffer _buffer = new();
    private readonly StatementUpsert _upsert;
    private readonly ImportStart _start;
    private readonly ReleaseCounter? _counter;
    private readonly bool _rollbackJournal;
    private long _seq;
    private bool _committed;

    private SqliteStatementWriter(SqliteConnection connection, SqliteTransaction transaction, ImportPlan plan, string release, ImportStart start, IReadOnlySet<string> entityProps, bool rollbackJournal)
    {
        _connection = connection;
        _rollbackJournal = rollbackJournal;
        _transaction = transaction;
        Plan = plan;
        Release = release;
        _start = start;
        _seq = start.Seq;
        _upsert = new StatementUpsert(connection, plan.Dataset.Name, release, start, entityProps);
        if (start.IsNewest(release))
            _counter = new ReleaseCounter(connection, release);
    }

    public ImportPlan Plan { get; }

    public string Release { get; }

    public static async Task<SqliteStatementWriter> StartAsync(SqliteConnection connection, ImportPlan plan, IReadOnlySet<string> entityProps, CancellationToken cancellationToken)
    {
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = ImportCache;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        var rollbackJournal = await ImportJournal.TryRollbackJournalAsync(connection, cancellationToken);
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var release = plan.Release ?? DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            var start = await ImportStart.ReadAsync(connection, transaction, plan, release, cancellationToken);
            if (!start.IsNewest(release))
            {
                await using var touched = connection.CreateCommand();
                touched.Transaction = transaction;
                touched.CommandText = SqliteSql.Get("touched_create");
                await touched.ExecuteNonQueryAsync(cancellationToken);
            }
            return new SqliteStatementWriter(connection, transaction, plan, release, start, entityProps, rollbackJournal);
        }
        catch
        {
            await transaction.DisposeAsync();
            if (rollbackJournal)
                await ImportJournal.RestoreWalAsync(connection);
            throw;
        }
    }

    public async Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(SqliteSql.Get("source_upsert"), cancellationToken,
            ("$id", source.Id), ("$dataset", source.Dataset), ("$kind", source.Kind), ("$title", source.Title),
            ("$publisher", source.Publisher), ("$url", source.Url), ("$published", source.Published),
            ("$grading", source.Grading), ("$sha256", source.Sha256));

    public ValueTask AddAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        if (_buffer.Count > 0 && !string.Equals(_buffer.EntityId, statement.EntityId, StringComparison.Ordinal))
            Flush();
        _buffer.Add(statement, _seq++);
        return ValueTask.CompletedTask;
    }

    public async Task AddDocumentAsync(DocumentRecord document, IReadOnlyList<LinkReview> reviews, CancellationToken cancellationToken = default)
    {
        foreach (var (sql, parameters) in DocumentRows.Commands(document, reviews))
            await ExecuteAsync(sql, cancellationToken, parameters);
    }

    public async Task<DatasetInfo> CommitAsync(CancellationToken cancellationToken = default)
    {
        Flush();
        var dataset = Plan.Dataset.Name;
        var replace = Plan.Mode == ImportMode.Replace;
        var (latest, latestKey) = _start.Latest;
        if (!_start.IsNewest(Release))
        {
            if (!_start.IsNew)
                await ExecuteAsync(SqliteSql.Get("gaps_clear_touched"), cancellationToken, ("$key", _start.Key));
            if (replace)
                await ExecuteAsync(SqliteSql.Get("gaps_untouched"), cancellationToken, ("$dataset", dataset), ("$release", Release), ("$key", _start.Key));
        }
        // A dataset's first release has nothing to retire.
        if (replace && _start.IsNewest(Release) && !_start.DatasetWasEmpty)
            await ExecuteAsync(SqliteSql.Get("retire_absent"), cancellationToken, ("$dataset", dataset), ("$release", Release));
        else if (replace && !_start.IsNewest(Release))
            await ExecuteAsync(SqliteSql.Get("current_from_latest"), cancellationToken, ("$dataset", dataset), ("$latest", latest), ("$latest_key", latestKey));
        await ExecuteAsync(SqliteSql.Get("seq_set"), cancellationToken, ("$value", _seq));
        await ExecuteAsync(SqliteSql.Get(_counter is { Exact: true } ? "release_set" : "release_recount"), cancellationToken,
            ("$dataset", dataset), ("$release", Release), ("$key", _start.Key),
            ("$entities", _counter?.Entities), ("$statements", _counter?.Statements),
            ("$imported_at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        var newest = string.Equals(Release, latest, StringComparison.Ordinal);
        await ExecuteAsync(SqliteSql.Get(replace && newest ? "dataset_recount_release" : "dataset_recount"), cancellationToken,
            ("$dataset", dataset), ("$release", Release));
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
        return await SqliteStoreView.ReadDatasetAsync(_connection, null, dataset, cancellationToken)
            ?? throw new InvalidOperationException($"dataset {dataset} vanished during its import");
    }

    public async ValueTask DisposeAsync()
    {
        _upsert.Dispose();
        _counter?.Dispose();
        if (!_committed)
            await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        if (_rollbackJournal)
            await ImportJournal.RestoreWalAsync(_connection);
        await using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = SqliteStore.UsualCache;
            await pragma.ExecuteNonQueryAsync();
        }
        await _connection.DisposeAsync();
    }

    private void Flush()
    {
        var sorted = _buffer.Sorted();
        _counter?.Add(sorted);
        _upsert.Write(sorted);
        _buffer.Clear();
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
