using System.Globalization;
using System.Text;
using Chokepoint.Datasets;
using Chokepoint.Statements;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// Stages statements into a temporary table with multi-row inserts, then merges them into
/// <c>statements</c> in the same transaction on commit.
/// </summary>
internal sealed class SqliteStatementWriter : IStatementWriter
{
    private const int RowsPerInsert = 64;
    private const int Columns = 13;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly Statement[] _pending = new Statement[RowsPerInsert];
    private int _pendingCount;
    private bool _committed;

    private SqliteStatementWriter(SqliteConnection connection, SqliteTransaction transaction, ImportPlan plan, string release)
    {
        _connection = connection;
        _transaction = transaction;
        Plan = plan;
        Release = release;
        _insert = CreateInsert(RowsPerInsert);
    }

    public ImportPlan Plan { get; }

    public string Release { get; }

    public static async Task<SqliteStatementWriter> StartAsync(SqliteConnection connection, ImportPlan plan, CancellationToken cancellationToken)
    {
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var release = plan.Release ?? DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        await using (var stage = connection.CreateCommand())
        {
            stage.Transaction = transaction;
            stage.CommandText = SqliteSql.Get("stage_create");
            await stage.ExecuteNonQueryAsync(cancellationToken);
            stage.CommandText = SqliteSql.Get("stage_clear");
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }
        var writer = new SqliteStatementWriter(connection, transaction, plan, release);
        var dataset = plan.Dataset;
        await writer.ExecuteAsync(SqliteSql.Get("dataset_upsert"), cancellationToken,
            ("$name", dataset.Name), ("$title", dataset.Title), ("$summary", dataset.Summary),
            ("$license", dataset.License), ("$publisher", dataset.Publisher), ("$url", dataset.Url));
        return writer;
    }

    public async Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(SqliteSql.Get("source_upsert"), cancellationToken,
            ("$id", source.Id), ("$dataset", source.Dataset), ("$kind", source.Kind), ("$title", source.Title),
            ("$publisher", source.Publisher), ("$url", source.Url), ("$published", source.Published),
            ("$grading", source.Grading), ("$sha256", source.Sha256));

    public async ValueTask AddAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        _pending[_pendingCount++] = statement;
        if (_pendingCount == RowsPerInsert)
            await FlushAsync(cancellationToken);
    }

    public async Task<DatasetInfo> CommitAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        var dataset = Plan.Dataset.Name;
        var (key, latest) = await ReleaseKeyAsync(dataset, cancellationToken);
        if (Plan.Mode == ImportMode.Replace)
        {
            await ExecuteAsync(SqliteSql.Get("release_clear"), cancellationToken, ("$key", key));
            await ExecuteAsync(SqliteSql.Get("retire_dataset"), cancellationToken, ("$dataset", dataset));
        }
        await ExecuteAsync(SqliteSql.Get("stage_merge"), cancellationToken, ("$dataset", dataset), ("$release", Release));
        await ExecuteAsync(SqliteSql.Get("release_members"), cancellationToken, ("$key", key));
        if (Plan.Mode == ImportMode.Replace && string.CompareOrdinal(Release, latest) < 0)
            await ExecuteAsync(SqliteSql.Get("current_from_latest"), cancellationToken, ("$dataset", dataset));
        await ExecuteAsync(SqliteSql.Get("stage_clear"), cancellationToken);
        await ExecuteAsync(SqliteSql.Get("dataset_recount"), cancellationToken,
            ("$dataset", dataset), ("$release", Release), ("$key", key),
            ("$imported_at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
        return await SqliteStoreView.ReadDatasetAsync(_connection, null, dataset, cancellationToken)
            ?? throw new InvalidOperationException($"dataset {dataset} vanished during its import");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
            await _transaction.RollbackAsync();
        await _insert.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pendingCount == 0)
            return;
        var command = _insert;
        var partial = _pendingCount < RowsPerInsert;
        if (partial)
            command = CreateInsert(_pendingCount);
        try
        {
            for (var row = 0; row < _pendingCount; row++)
                Bind(command.Parameters, row * Columns, _pending[row]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (partial)
                await command.DisposeAsync();
        }
        Array.Clear(_pending, 0, _pendingCount);
        _pendingCount = 0;
    }

    private static void Bind(SqliteParameterCollection parameters, int offset, Statement s)
    {
        parameters[offset].Value = s.Id;
        parameters[offset + 1].Value = s.EntityId;
        parameters[offset + 2].Value = s.Schema;
        parameters[offset + 3].Value = s.Prop;
        parameters[offset + 4].Value = s.Value;
        parameters[offset + 5].Value = (object?)s.OriginalValue ?? DBNull.Value;
        parameters[offset + 6].Value = (object?)s.Lang ?? DBNull.Value;
        parameters[offset + 7].Value = (object?)s.SourceId ?? DBNull.Value;
        parameters[offset + 8].Value = s.Span is { } span ? span.Start : DBNull.Value;
        parameters[offset + 9].Value = s.Span is { } end ? end.End : DBNull.Value;
        parameters[offset + 10].Value = (object?)s.Quote ?? DBNull.Value;
        parameters[offset + 11].Value = (object?)s.Grading ?? DBNull.Value;
        parameters[offset + 12].Value = s.FirstSeen;
    }

    private SqliteCommand CreateInsert(int rows)
    {
        var sql = new StringBuilder("INSERT INTO import_statements (id, entity_id, schema, prop, value, original_value, lang, source_id, span_start, span_end, quote, grading, first_seen) VALUES ");
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < Columns; column++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{row * Columns + column}");
                sql.Append(column == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter(name, null));
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    /// <summary>The release's key (created when new) and the dataset's newest release.</summary>
    private async Task<(long Key, string Latest)> ReleaseKeyAsync(string dataset, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = SqliteSql.Get("release_key");
        command.Parameters.AddWithValue("$dataset", dataset);
        command.Parameters.AddWithValue("$release", Release);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException($"release {Release} of {dataset} has no key");
        return (reader.GetInt64(0), reader.GetString(1));
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
