using Chokepoint.Sources.Updates;

namespace Chokepoint.Storage.Sqlite;

/// <summary>Download states in the SQLite store's <c>downloads</c> table.</summary>
public sealed class SqliteDownloadStates(SqliteStore store) : IDownloadStates
{
    public async Task<DownloadState?> GetAsync(string dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get("download_get");
        command.Parameters.AddWithValue("$dataset", dataset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new DownloadState(reader.GetString(0), reader.GetString(1), Text(2), Text(3), Text(4), Text(5), reader.GetString(6));
    }

    public async Task SaveAsync(DownloadState state, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get("download_upsert");
        command.Parameters.AddWithValue("$dataset", state.Dataset);
        command.Parameters.AddWithValue("$url", state.Url);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$last_modified", (object?)state.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$sha256", (object?)state.Sha256 ?? DBNull.Value);
        command.Parameters.AddWithValue("$release", (object?)state.Release ?? DBNull.Value);
        command.Parameters.AddWithValue("$checked_at", state.CheckedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
