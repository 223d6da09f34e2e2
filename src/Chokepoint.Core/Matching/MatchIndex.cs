using System.Collections.Immutable;
using Chokepoint.Storage;

namespace Chokepoint.Matching;

/// <summary>
/// The in-memory match index over every loaded dataset: one <see cref="IndexSegment"/> per dataset, built
/// from the store at start-up; re-importing a dataset rebuilds its segment and swaps it in atomically.
/// </summary>
public sealed class MatchIndex
{
    private ImmutableSortedDictionary<string, IndexSegment> _segments = ImmutableSortedDictionary<string, IndexSegment>.Empty.WithComparers(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Datasets => _segments.Keys.ToList();

    public IEnumerable<IndexSegment> Segments => _segments.Values;

    public int EntityCount => _segments.Values.Sum(s => s.EntityCount);

    public int NameCount => _segments.Values.Sum(s => s.NameCount);

    public bool Contains(string dataset) => _segments.ContainsKey(dataset);

    public static async Task<MatchIndex> BuildAsync(IStoreView view, CancellationToken cancellationToken = default)
    {
        var index = new MatchIndex();
        foreach (var dataset in await view.ListDatasetsAsync(cancellationToken))
            await index.RebuildDatasetAsync(view, dataset.Name, cancellationToken);
        return index;
    }

    /// <summary>(Re)builds the segment of one dataset from the store, e.g. after a new release was imported.</summary>
    public async Task RebuildDatasetAsync(IStoreView view, string dataset, CancellationToken cancellationToken = default)
    {
        var entities = new List<Statements.Entity>();
        await foreach (var entity in view.StreamEntitiesAsync(dataset, cancellationToken))
        {
            if (IndexedEntity.IsMatchable(entity.Schema))
                entities.Add(entity);
        }
        Replace(IndexSegment.Build(dataset, entities));
    }

    public void Replace(IndexSegment segment) =>
        ImmutableInterlocked.Update(ref _segments, (segments, s) => segments.SetItem(s.Dataset, s), segment);

    public void Remove(string dataset) =>
        ImmutableInterlocked.Update(ref _segments, (segments, d) => segments.Remove(d), dataset);
}
