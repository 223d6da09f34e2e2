using Chokepoint.Datasets;
using Chokepoint.History;
using Chokepoint.Statements;

namespace Chokepoint.Storage;

/// <summary>Read access to the store: entities are assembled from current statements.</summary>
public interface IStoreView
{
    Task<IReadOnlyList<DatasetInfo>> ListDatasetsAsync(CancellationToken cancellationToken = default);

    Task<DatasetInfo?> GetDatasetAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReleaseInfo>> ListReleasesAsync(string dataset, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SourceInfo>> ListSourcesAsync(string? dataset, CancellationToken cancellationToken = default);

    Task<SourceInfo?> GetSourceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The entity with all its current statements from every dataset; null when no statement has that id.</summary>
    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every entity of one dataset (or of all when null), assembled from that dataset's statements, in id order.</summary>
    IAsyncEnumerable<Entity> StreamEntitiesAsync(string? dataset, CancellationToken cancellationToken = default);

    /// <summary>Current statements of one entity.</summary>
    IAsyncEnumerable<Statement> StreamStatementsAsync(string entityId, CancellationToken cancellationToken = default);

    /// <summary>How two releases of a dataset differ; throws <see cref="KeyNotFoundException"/> for an unknown release.</summary>
    Task<ReleaseDelta> GetReleaseDeltaAsync(string dataset, string from, string to, IReadOnlyCollection<string> entityProps, CancellationToken cancellationToken = default);

    Task<StoreStats> GetStatsAsync(string? dataset, CancellationToken cancellationToken = default);

    /// <summary>Entities whose current statements hold <paramref name="id"/> as a value, one row per (entity, property), paged.</summary>
    Task<IReadOnlyList<EntityReference>> ListReferencesToAsync(string id, int limit, int offset, CancellationToken cancellationToken = default);

    /// <summary>Current values of <paramref name="nameProps"/> whose folded form contains <paramref name="foldedToken"/> (all when null).</summary>
    Task<IReadOnlyList<NameCandidate>> FindNamesAsync(string? foldedToken, string? dataset, IReadOnlyList<string> nameProps, int limit, CancellationToken cancellationToken = default);

    /// <summary>Schema, dataset, country and topic statements of the given entities, for search facets.</summary>
    Task<IReadOnlyList<FacetStatement>> ListFacetStatementsAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>Entity ids judged false positives for a screening query key.</summary>
    Task<IReadOnlySet<string>> ListFalsePositivesAsync(string queryKey, CancellationToken cancellationToken = default);
}
