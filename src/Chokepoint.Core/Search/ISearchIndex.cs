namespace Chokepoint.Search;

/// <summary>
/// Finds entities by name with facets. <see cref="StoreSearchIndex"/> is the store-backed default; the matching
/// engine replaces the ranking by registering its own implementation.
/// </summary>
public interface ISearchIndex
{
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}
