using Chokepoint.Datasets;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>Restores rows as they are, with one prepared insert per statement, in one transaction.</summary>
internal sealed class SqliteArchiveWriter : IArchiveWriter
{
    private static readonly string[] StatementColumns =
    [
        "$id", "$entity_id", "$schema", "$prop", "$value", "$original_value", "$lang", "$dataset", "$source_id",
        "$span_start", "$span_end", "$quote", "$grading", "$first_seen", "$last_seen", "$current", "$seq", "$ref", "$first_release",
    ];

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private SqliteCommand? _gap;
    private Dictionary<(string, string), long>? _keys;
    private readonly IReadOnlySet<string> _entityProps;
    private bool _committed;
    private long _seq;

    private SqliteArchiveWriter(SqliteConnection connection, SqliteTransaction transaction, IReadOnlySet<string> entityProps)
    {
        _entityProps = entityProps;
        _connection = connection;
        _transaction = transaction;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = SqliteSql.Get("restore_statement");
        foreach (var name in StatementColumns)
            _insert.Parameters.Add(new SqliteParameter(name, null));
        _insert.Prepare();
    }

    public static async Task<SqliteArchiveWriter> StartAsync(SqliteConnection connection, IReadOnlySet<string> entityProps, CancellationToken cancellationToken) =>
        new(connection, (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken), entityProps);

    public Task AddDatasetAsync(DatasetInfo dataset, CancellationToken cancellationToken = default) =>
        ExecuteAsync("restore_dataset", cancellationToken,
            ("$name", dataset.Name), ("$title", dataset.Title), ("$summary", dataset.Summary), ("$license", dataset.License),
            ("$publisher", dataset.Publisher), ("$url", dataset.Url), ("$entity_count", dataset.Entities),
            ("$statement_count", dataset.Statements), ("$updated", dataset.Updated));

    public async Task AddReleaseAsync(ReleaseInfo release, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync("restore_release", cancellationToken,
            ("$dataset", release.Dataset), ("$release", release.Release), ("$imported_at", release.ImportedAt),
            ("$entity_count", release.Entities), ("$statement_count", release.Statements));
        await ExecuteAsync("restore_release_key", cancellationToken, ("$dataset", release.Dataset), ("$release", release.Release));
    }

    public async ValueTask AddReleaseGapAsync(ReleaseGap gap, CancellationToken cancellationToken = default)
    {
        if (_gap is null)
        {
            _keys = [];
            await using (var keys = _connection.CreateCommand())
            {
                keys.Transaction = _transaction;
                keys.CommandText = SqliteSql.Get("release_keys_all");
                await using var reader = await keys.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    _keys[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
            _gap = _connection.CreateCommand();
            _gap.Transaction = _transaction;
            _gap.CommandText = SqliteSql.Get("restore_gap");
            foreach (var name in new[] { "$key", "$entity_id", "$statement_id" })
                _gap.Parameters.Add(new SqliteParameter(name, null));
            _gap.Prepare();
        }
        if (!_keys!.TryGetValue((gap.Dataset, gap.Release), out var key))
            throw new InvalidDataException($"release {gap.Release} of {gap.Dataset} has gaps but was not copied");
        _gap.Parameters[0].Value = key;
        _gap.Parameters[1].Value = gap.EntityId;
        _gap.Parameters[2].Value = gap.StatementId;
        await _gap.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default) =>
        ExecuteAsync("source_upsert", cancellationToken,
            ("$id", source.Id), ("$dataset", source.Dataset), ("$kind", source.Kind), ("$title", source.Title),
            ("$publisher", source.Publisher), ("$url", source.Url), ("$published", source.Published),
            ("$grading", source.Grading), ("$sha256", source.Sha256));

    public async ValueTask AddAsync(StoredStatement stored, CancellationToken cancellationToken = default)
    {
        var s = stored.Statement;
        object?[] values =
        [
            s.Id, s.EntityId, s.Schema, s.Prop, s.Value, s.OriginalValue, s.Lang, s.Dataset, s.SourceId,
            s.Span?.Start, s.Span?.End, s.Quote, s.Grading, s.FirstSeen, s.LastSeen, stored.Current ? 1 : 0, _seq++,
            _entityProps.Contains(s.Prop) ? 1 : 0, stored.FirstRelease,
        ];
        for (var i = 0; i < values.Length; i++)
            _insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        await _insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AddRowAsync(string table, string[] columns, object?[] values, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = ArchivedTables.Insert(table, columns, '$');
        for (var i = 0; i < values.Length; i++)
            command.Parameters.AddWithValue($"$p{i}", values[i] ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await ExecuteAsync("seq_set", cancellationToken, ("$value", _seq));
        await ExecuteAsync("dataset_entities_fill", cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
            await _transaction.RollbackAsync();
        await _insert.DisposeAsync();
        if (_gap is not null)
            await _gap.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task ExecuteAsync(string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = SqliteSql.Get(query);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
