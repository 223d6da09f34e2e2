using System.Runtime.CompilerServices;
using Chokepoint.Datasets;
using Chokepoint.Statements;
using Npgsql;

namespace Chokepoint.Storage.Postgres;

internal sealed partial class PostgresStoreView(PostgresStore store) : IStoreView
{
    public async Task<IReadOnlyList<DatasetInfo>> ListDatasetsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "datasets_list");
        return await PostgresSql.ReadAllAsync(command, StoreRows.ReadDataset, cancellationToken);
    }

    public async Task<DatasetInfo?> GetDatasetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "dataset_get", ("name", name));
        var rows = await PostgresSql.ReadAllAsync(command, StoreRows.ReadDataset, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    public async Task<IReadOnlyList<ReleaseInfo>> ListReleasesAsync(string dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "releases_list", ("dataset", dataset));
        return await PostgresSql.ReadAllAsync(command, StoreRows.ReadRelease, cancellationToken);
    }

    public async Task<IReadOnlyList<SourceInfo>> ListSourcesAsync(string? dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "sources_list", ("dataset", dataset));
        return await PostgresSql.ReadAllAsync(command, StoreRows.ReadSource, cancellationToken);
    }

    public async Task<SourceInfo?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, "source_get", ("id", id));
        var rows = await PostgresSql.ReadAllAsync(command, StoreRows.ReadSource, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        EntityAssembler.AssembleOneAsync(StreamStatementsAsync(id, cancellationToken), store.Model, cancellationToken);

    public IAsyncEnumerable<Entity> StreamEntitiesAsync(string? dataset, CancellationToken cancellationToken = default)
    {
        var statements = dataset is null
            ? StreamAsync("all_statements", [], cancellationToken)
            : StreamAsync("dataset_statements", [("dataset", dataset)], cancellationToken);
        return EntityAssembler.AssembleAll(statements, store.Model, cancellationToken);
    }

    public async Task<History.ReleaseDelta> GetReleaseDeltaAsync(string dataset, string from, string to, IReadOnlyCollection<string> entityProps, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await PostgresReleaseDelta.ReadAsync(connection, dataset, from, to, entityProps, cancellationToken);
    }

    public IAsyncEnumerable<Statement> StreamStatementsAsync(string entityId, CancellationToken cancellationToken = default) =>
        StreamAsync("entity_statements", [("entity_id", entityId)], cancellationToken);

    public async Task<StoreStats> GetStatsAsync(string? dataset, CancellationToken cancellationToken = default)
    {
        var datasets = await ListDatasetsAsync(cancellationToken);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var totals = PostgresSql.Command(connection, "stats_totals", ("dataset", dataset));
        await using var schemata = PostgresSql.Command(connection, "stats_schemata", ("dataset", dataset));
        return await StoreRows.ReadStatsAsync(totals, schemata, datasets, dataset, store.Model, cancellationToken);
    }

    private async IAsyncEnumerable<Statement> StreamAsync(
        string query,
        (string, object?)[] parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, query, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return StoreRows.ReadStatement(reader);
    }
}
