using Chokepoint.Sources.Updates;

namespace Chokepoint.Storage;

/// <summary>What <c>sources update</c> last fetched per dataset, in the store's <c>downloads</c> table (either engine).</summary>
public sealed class DownloadStates : IDownloadStates
{
    private readonly StoreTables _tables;

    private DownloadStates(StoreTables tables) => _tables = tables;

    public static IDownloadStates For(IStore store) => new DownloadStates(StoreTables.For(store));

    public async Task<DownloadState?> GetAsync(string dataset, CancellationToken cancellationToken = default)
    {
        var rows = await _tables.QueryAsync("Storage/Sql/download_get", reader => new DownloadState(
            reader.GetString(0), reader.GetString(1), StoreTables.Text(reader, 2), StoreTables.Text(reader, 3),
            StoreTables.Text(reader, 4), StoreTables.Text(reader, 5), reader.GetString(6)), cancellationToken, ("dataset", dataset));
        return rows.Count > 0 ? rows[0] : null;
    }

    public Task SaveAsync(DownloadState state, CancellationToken cancellationToken = default) =>
        _tables.ExecuteAsync("Storage/Sql/download_upsert", cancellationToken,
            ("dataset", state.Dataset), ("url", state.Url), ("etag", state.ETag), ("last_modified", state.LastModified),
            ("sha256", state.Sha256), ("release", state.Release), ("checked_at", state.CheckedAt));
}
