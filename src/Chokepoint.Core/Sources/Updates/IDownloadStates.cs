namespace Chokepoint.Sources.Updates;

/// <summary>Where download states are kept (the store's <c>downloads</c> table).</summary>
public interface IDownloadStates
{
    Task<DownloadState?> GetAsync(string dataset, CancellationToken cancellationToken = default);

    Task SaveAsync(DownloadState state, CancellationToken cancellationToken = default);
}
