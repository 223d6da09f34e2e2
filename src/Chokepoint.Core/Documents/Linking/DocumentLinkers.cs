using Chokepoint.Matching;
using Chokepoint.Storage;

namespace Chokepoint.Documents.Linking;

/// <summary>Builds the ingest's linker from a store in one pass over its entities: the match index and the name lookup.</summary>
public static class DocumentLinkers
{
    public static async Task<MatchingEntityLinker> LoadAsync(IStoreView view, CancellationToken cancellationToken = default)
    {
        var index = new MatchIndex();
        var names = new StoreEntityLinker();
        foreach (var dataset in await view.ListDatasetsAsync(cancellationToken))
        {
            var matchable = new List<Statements.Entity>();
            await foreach (var entity in view.StreamEntitiesAsync(dataset.Name, cancellationToken))
            {
                names.Observe(entity);
                if (IndexedEntity.IsMatchable(entity.Schema))
                    matchable.Add(entity);
            }
            index.Replace(IndexSegment.Build(dataset.Name, matchable));
        }
        return new MatchingEntityLinker(new Matcher(index), names);
    }
}
