using Chokepoint.Matching;
using Chokepoint.Storage;

namespace Chokepoint.Web.Matching;

/// <summary>
/// The in-memory match index of the web process: built from the store on first use and brought up to
/// date per dataset when a dataset's release changed since (imports run in other processes).
/// </summary>
public sealed class MatchService(IStore store)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, string?> _indexed = new(StringComparer.Ordinal);
    private Matcher? _matcher;

    public async Task<Matcher> GetAsync(CancellationToken cancellationToken)
    {
        var datasets = await store.View.ListDatasetsAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_matcher is null)
            {
                _matcher = new Matcher(await MatchIndex.BuildAsync(store.View, cancellationToken));
                foreach (var dataset in datasets)
                    _indexed[dataset.Name] = dataset.Updated;
                return _matcher;
            }
            foreach (var dataset in datasets.Where(d => !_indexed.TryGetValue(d.Name, out var updated) || updated != d.Updated))
            {
                await _matcher.Index.RebuildDatasetAsync(store.View, dataset.Name, cancellationToken);
                _indexed[dataset.Name] = dataset.Updated;
            }
            foreach (var gone in _indexed.Keys.Except(datasets.Select(d => d.Name)).ToList())
            {
                _matcher.Index.Remove(gone);
                _indexed.Remove(gone);
            }
            return _matcher;
        }
        finally
        {
            _gate.Release();
        }
    }
}
