using System.Text.Json;
using Chokepoint.Search;

namespace Chokepoint.Storage.Sqlite;

/// <summary>Reverse references, name search and screening judgements for the web app and API.</summary>
internal sealed partial class SqliteStoreView
{
    public async Task<IReadOnlyList<EntityReference>> ListReferencesToAsync(string id, int limit, int offset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "references_to", ("$id", id), ("$limit", limit), ("$offset", offset));
        return await ReadAllAsync(command, r => new EntityReference(r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);
    }

    public async Task<IReadOnlyList<NameCandidate>> FindNamesAsync(string? foldedToken, string? dataset, IReadOnlyList<string> nameProps, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        connection.CreateFunction("chk_fold", (string? value) => value is null ? null : NameFolding.Fold(value), isDeterministic: true);
        var pattern = foldedToken?.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        await using var command = Command(connection, "search_names",
            ("$props", JsonSerializer.Serialize(nameProps)), ("$dataset", dataset), ("$token", pattern), ("$limit", limit));
        return await ReadAllAsync(command, r => new NameCandidate(r.GetString(0), r.GetString(1)), cancellationToken);
    }

    public async Task<IReadOnlyList<FacetStatement>> ListFacetStatementsAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        if (entityIds.Count == 0)
            return [];
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "search_facets", ("$ids", JsonSerializer.Serialize(entityIds)));
        return await ReadAllAsync(command, r => new FacetStatement(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), cancellationToken);
    }

    public async Task<IReadOnlySet<string>> ListFalsePositivesAsync(string queryKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "judgement_list", ("$query_key", queryKey));
        return (await ReadAllAsync(command, r => r.GetString(0), cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }
}
