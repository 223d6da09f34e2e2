using Chokepoint.Search;

namespace Chokepoint.Storage.Postgres;

/// <summary>Reverse references, name search and screening judgements for the web app and API.</summary>
internal sealed partial class PostgresStoreView
{
    public async Task<IReadOnlyList<EntityReference>> ListReferencesToAsync(string id, int limit, int offset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "references_to", ("id", id), ("limit", limit), ("offset", offset));
        return await PostgresSql.ReadAllAsync(command, r => new EntityReference(r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);
    }

    public async Task<IReadOnlyList<NameCandidate>> FindNamesAsync(string? foldedToken, string? dataset, IReadOnlyList<string> nameProps, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var pattern = foldedToken?.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        await using var command = PostgresSql.Command(connection, "search_names",
            ("props", nameProps.ToArray()), ("dataset", dataset), ("token", pattern), ("limit", (long)limit * 4));
        var rows = await PostgresSql.ReadAllAsync(command, r => new NameCandidate(r.GetString(0), r.GetString(1)), cancellationToken);
        return rows.Where(r => foldedToken is null || NameFolding.Fold(r.Name).Contains(foldedToken, StringComparison.Ordinal)).Take(limit).ToList();
    }

    public async Task<IReadOnlyList<FacetStatement>> ListFacetStatementsAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        if (entityIds.Count == 0)
            return [];
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "search_facets", ("ids", entityIds.ToArray()));
        return await PostgresSql.ReadAllAsync(command, r => new FacetStatement(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), cancellationToken);
    }

    public async Task<IReadOnlySet<string>> ListFalsePositivesAsync(string queryKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "judgement_list", ("query_key", queryKey));
        return (await PostgresSql.ReadAllAsync(command, r => r.GetString(0), cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }
}
