namespace Chokepoint.Search;

/// <summary>One page of search results, the total and the facets over all results.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    bool Truncated);
