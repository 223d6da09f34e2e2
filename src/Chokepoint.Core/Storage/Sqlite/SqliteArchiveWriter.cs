using Chokepoint.Datasets;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>Restores rows as they are, with one prepared insert per statement, in one transaction.</summary>
internal sealed class SqliteArchiveWriter : IArchiveWriter
{
    private static readonly string[] StatementColumns =
    [
        "$id", "$entity_id", "$schema", "$prop", "$value", "$original_value", "$lang", "$dataset", "$source_id",
        "$span_start", "$span_end", "$quote", "$grading", "$first_seen", "$last_seen", "$current", "$seq", "$ref",
    ];

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private SqliteCommand? _member;
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

    public async ValueTask AddReleaseMemberAsync(ReleaseMember member, CancellationToken cancellationToken = default)
    {
        if (_member is null)
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
            _member = _connection.CreateCommand();
            _member.Transaction = _transaction;
            _member.CommandText = SqliteSql.Get("restore_member");
            foreach (var name in new[] { "$key", "$entity_id", "$statement_id" })
                _member.Parameters.Add(new SqliteParameter(name, null));
            _member.Prepare();
        }
        if (!_keys!.TryGetValue((member.Dataset, member.Release), out var key))
            throw new InvalidDataException($"release {member.Release} of {member.Dataset} holds statements but was not copied");
        _member.Parameters[0].Value = key;
        _member.Parameters[1].Value = member.EntityId;
        _member.Parameters[2].Value = member.StatementId;
        await _member.ExecuteNonQueryAsync(cancellationToken);
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
            _entityProps.Contains(s.Prop) ? 1 : 0,
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
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
            await _transaction.RollbackAsync();
        await _insert.DisposeAsync();
        if (_member is not null)
            await _member.DisposeAsync();
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
