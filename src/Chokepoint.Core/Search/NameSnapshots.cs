using Chokepoint.Storage;

namespace Chokepoint.Search;

/// <summary>
/// Name snapshots per scope for a long-lived process (the web app), rebuilt when the store changes: a dataset
/// added, removed, or given a new release or statement count (imports may run in other processes).
/// </summary>
public sealed class NameSnapshots(IStore store, IReadOnlyList<string> nameProps)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, NameSnapshot> _byScope = new(StringComparer.Ordinal);
    private string _state = "";

    public async Task<NameSnapshot> GetAsync(string? dataset, CancellationToken cancellationToken)
    {
        var datasets = await store.View.ListDatasetsAsync(cancellationToken);
        var state = string.Join("\n", datasets.Select(d => $"{d.Name}\t{d.Updated}\t{d.Statements}"));
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
