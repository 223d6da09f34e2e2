using System.Collections.Concurrent;
using Chokepoint.Datasets;
using Chokepoint.Storage;

namespace Chokepoint.Web.Graph;

/// <summary>
/// The web process's in-memory network analyses (the loaded network, ownership fixed points, coverage matrices ...),
/// each built once per store state. The state is every dataset's name, latest release and statement count, read on
/// each request as <see cref="Matching.MatchService"/> does, so an import or release in another process drops them all.
/// </summary>
public sealed class NetworkCache(IStore store)
{
    /// <summary>Past this many entries (one per scope, authority, removal ... asked for) the cache starts over.</summary>
    public const int MaxEntries = 64;

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string? _state;

    /// <summary>How many times the cache was emptied because the store changed (for tests and diagnostics).</summary>
    public int Invalidations { get; private set; }

    /// <summary>
    /// The entry under <paramref name="key"/>, built by <paramref name="build"/> when missing. One build runs per key;
    /// it is not cancelled when the asking request is, so a slow first build still serves the next request.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> build, CancellationToken cancellationToken)
        where T : class
    {
        await RefreshAsync(cancellationToken);
        if (_entries.Count >= MaxEntries)
            _entries.Clear();
        var entry = _entries.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await build(CancellationToken.None)));
        try
        {
            return (T)await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            _entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, entry));
            throw;
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var state = StoreState.Of(await store.View.ListDatasetsAsync(cancellationToken));
        lock (_gate)
        {
            if (state == _state)
                return;
            if (_state is not null)
                Invalidations++;
            _state = state;
            _entries.Clear();
        }
    }
}
