using System.Runtime.CompilerServices;
using Chokepoint.Datasets;
using Chokepoint.History;
using Chokepoint.Statements;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

internal sealed partial class SqliteStoreView(SqliteStore store) : IStoreView
{
    public async Task<IReadOnlyList<DatasetInfo>> ListDatasetsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "datasets_list");
        return await ReadAllAsync(command, StoreRows.ReadDataset, cancellationToken);
    }

    public async Task<DatasetInfo?> GetDatasetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await ReadDatasetAsync(connection, null, name, cancellationToken);
    }

    internal static async Task<DatasetInfo?> ReadDatasetAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "dataset_get", ("$name", name));
        command.Transaction = transaction;
        var rows = await ReadAllAsync(command, StoreRows.ReadDataset, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    public async Task<IReadOnlyList<ReleaseInfo>> ListReleasesAsync(string dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "releases_list", ("$dataset", dataset));
        return await ReadAllAsync(command, StoreRows.ReadRelease, cancellationToken);
    }

    public async Task<IReadOnlyList<SourceInfo>> ListSourcesAsync(string? dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "sources_list", ("$dataset", dataset));
        return await ReadAllAsync(command, StoreRows.ReadSource, cancellationToken);
    }

    public async Task<SourceInfo?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "source_get", ("$id", id));
        var rows = await ReadAllAsync(command, StoreRows.ReadSource, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        EntityAssembler.AssembleOneAsync(StreamStatementsAsync(id, cancellationToken), store.Model, cancellationToken);

    public IAsyncEnumerable<Entity> StreamEntitiesAsync(string? dataset, CancellationToken cancellationToken = default)
    {
        var statements = dataset is null
            ? StreamAsync("all_statements", [], cancellationToken)
            : StreamAsync("dataset_statements", [("$dataset", dataset)], cancellationToken);
        return EntityAssembler.AssembleAll(statements, store.Model, cancellationToken);
    }

    public IAsyncEnumerable<Statement> StreamStatementsAsync(string entityId, CancellationToken cancellationToken = default) =>
        StreamAsync("entity_statements", [("$entity_id", entityId)], cancellationToken);

    public async Task<ReleaseDelta> GetReleaseDeltaAsync(string dataset, string from, string to, IReadOnlyCollection<string> entityProps, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await SqliteReleaseDelta.ReadAsync(connection, dataset, from, to, entityProps, cancellationToken);
    }

    public async Task<StoreStats> GetStatsAsync(string? dataset, CancellationToken cancellationToken = default)
    {
        var datasets = await ListDatasetsAsync(cancellationToken);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var totals = Command(connection, "stats_totals", ("$dataset", dataset));
        await using var schemata = Command(connection, "stats_schemata", ("$dataset", dataset));
        return await StoreRows.ReadStatsAsync(totals, schemata, datasets, dataset, store.Model, cancellationToken);
    }

    private async IAsyncEnumerable<Statement> StreamAsync(
        string query,
        (string, object?)[] parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        using var statement = new RawStatement(connection, SqliteSql.Get(query));
        foreach (var (name, value) in parameters)
            statement.Text(statement.Parameter(name), (string?)value);
        var rows = new StatementRows(statement);
        var count = 0;
        while (rows.Next() is { } row)
        {
            if (++count % 4096 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string query, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get(query);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }
}
