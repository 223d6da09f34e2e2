using Chokepoint.Datasets;
using Npgsql;
using NpgsqlTypes;

namespace Chokepoint.Storage.Postgres;

/// <summary>Restores rows as they are: statements by binary COPY straight into <c>statements</c>, in one transaction.</summary>
internal sealed class PostgresArchiveWriter(NpgsqlConnection connection, NpgsqlTransaction transaction) : IArchiveWriter
{
    private NpgsqlBinaryImporter? _copy;
    private NpgsqlBinaryImporter? _gaps;
    private Dictionary<(string, string), long>? _keys;

    public async Task AddDatasetAsync(DatasetInfo dataset, CancellationToken cancellationToken = default)
    {
        await EndCopyAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, "restore_dataset", cancellationToken,
            ("name", dataset.Name), ("title", dataset.Title), ("summary", dataset.Summary), ("license", dataset.License),
            ("publisher", dataset.Publisher), ("url", dataset.Url), ("entity_count", dataset.Entities),
            ("statement_count", dataset.Statements), ("updated", dataset.Updated));
    }

    public async Task AddReleaseAsync(ReleaseInfo release, CancellationToken cancellationToken = default)
    {
        await EndCopyAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, "restore_release", cancellationToken,
            ("dataset", release.Dataset), ("release", release.Release), ("imported_at", release.ImportedAt),
            ("entity_count", release.Entities), ("statement_count", release.Statements));
        await PostgresSql.ExecuteAsync(connection, "release_key_add", cancellationToken, ("dataset", release.Dataset), ("release", release.Release));
    }

    public async ValueTask AddReleaseGapAsync(ReleaseGap gap, CancellationToken cancellationToken = default)
    {
        if (_gaps is null)
        {
            // No query can run on the connection once the COPY of gaps has begun: keys are read first.
            await EndCopyAsync(cancellationToken);
            await using (var command = PostgresSql.Command(connection, "release_keys_all"))
                _keys = (await PostgresSql.ReadAllAsync(command, r => (Key: (r.GetString(0), r.GetString(1)), Id: r.GetInt64(2)), cancellationToken))
                    .ToDictionary(k => k.Key, k => k.Id);
            _gaps = await connection.BeginBinaryImportAsync(PostgresSql.Get("restore_gaps_copy"), cancellationToken);
        }
        if (!_keys!.TryGetValue((gap.Dataset, gap.Release), out var key))
            throw new InvalidDataException($"release {gap.Release} of {gap.Dataset} has gaps but was not copied");
        await _gaps.StartRowAsync(cancellationToken);
        await _gaps.WriteAsync(key, NpgsqlDbType.Bigint, cancellationToken);
        await _gaps.WriteAsync(gap.EntityId, NpgsqlDbType.Text, cancellationToken);
        await _gaps.WriteAsync(gap.StatementId, NpgsqlDbType.Text, cancellationToken);
    }

    public async Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default)
    {
        await EndCopyAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, "source_upsert", cancellationToken, PostgresRows.SourceParameters(source));
    }

    public async ValueTask AddAsync(StoredStatement stored, CancellationToken cancellationToken = default)
    {
        _copy ??= await connection.BeginBinaryImportAsync(PostgresSql.Get("restore_copy"), cancellationToken);
        var statement = stored.Statement;
        await _copy.StartRowAsync(cancellationToken);
        await PostgresRows.WriteStatementAsync(_copy, statement, withDataset: true, cancellationToken);
        await _copy.WriteAsync(statement.FirstSeen, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(statement.LastSeen, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(stored.Current, NpgsqlDbType.Boolean, cancellationToken);
        await _copy.WriteAsync(stored.FirstRelease, NpgsqlDbType.Text, cancellationToken);
    }

    public async Task AddRowAsync(string table, string[] columns, object?[] values, CancellationToken cancellationToken = default)
    {
        await EndCopiesAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ArchivedTables.Insert(table, columns, '@');
        command.CommandTimeout = 0;
        for (var i = 0; i < values.Length; i++)
            command.Parameters.Add(new NpgsqlParameter($"p{i}", values[i] ?? DBNull.Value));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await EndCopiesAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, "restore_sequences", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
            await _copy.DisposeAsync();
        if (_gaps is not null)
            await _gaps.DisposeAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task EndCopiesAsync(CancellationToken cancellationToken)
    {
        await EndCopyAsync(cancellationToken);
        if (_gaps is null)
            return;
        await _gaps.CompleteAsync(cancellationToken);
        await _gaps.DisposeAsync();
        _gaps = null;
    }

    private async Task EndCopyAsync(CancellationToken cancellationToken)
    {
        if (_copy is null)
            return;
        await _copy.CompleteAsync(cancellationToken);
        await _copy.DisposeAsync();
        _copy = null;
    }
}
