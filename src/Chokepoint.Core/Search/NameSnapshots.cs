using Chokepoint.Datasets;
using Chokepoint.Storage;

namespace Chokepoint.Search;

/// <summary>
/// Name snapshots per scope for a long-lived process (the web app), rebuilt when the <see cref="StoreState"/> changes.
/// </summary>
public sealed class NameSnapshots(IStore store, IReadOnlyList<string> nameProps)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, NameSnapshot> _byScope = new(StringComparer.Ordinal);
    private string _state = "";

    public async Task<NameSnapshot> GetAsync(string? dataset, CancellationToken cancellationToken)
    {
        var state = StoreState.Of(await store.View.ListDatasetsAsync(cancellationToken));
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (state != _state)
            {
                _byScope.Clear();
                _state = state;
            }
            var scope = dataset ?? "";
            if (!_byScope.TryGetValue(scope, out var snapshot))
                _byScope[scope] = snapshot = new NameSnapshot(await store.View.FindNamesAsync(null, dataset, nameProps, int.MaxValue, cancellationToken));
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }
}
