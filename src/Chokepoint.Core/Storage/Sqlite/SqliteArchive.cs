using System.Runtime.CompilerServices;

namespace Chokepoint.Storage.Sqlite;

internal sealed class SqliteArchive(SqliteStore store) : IStoreArchive
{
    public async Task<long> CountStatementsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get("stored_count");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async IAsyncEnumerable<StoredStatement> ReadStatementsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get("stored_statements");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new StoredStatement(StoreRows.ReadStatement(reader), reader.GetInt64(15) != 0, reader.GetString(16));
    }

    public async IAsyncEnumerable<ReleaseGap> ReadReleaseGapsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get("release_gaps_all");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new ReleaseGap(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
    }

    public async Task<IArchiveWriter> BeginRestoreAsync(CancellationToken cancellationToken = default)
    {
        var connection = await store.OpenAsync(cancellationToken);
        try
        {
            return await SqliteArchiveWriter.StartAsync(connection, store.Model.EntityProps, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
