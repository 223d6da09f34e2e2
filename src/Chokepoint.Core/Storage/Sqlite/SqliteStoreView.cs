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
        return await ReadAllAsync(command, ReadDataset, cancellationToken);
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
        var rows = await ReadAllAsync(command, ReadDataset, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    public async Task<IReadOnlyList<ReleaseInfo>> ListReleasesAsync(string dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "releases_list", ("$dataset", dataset));
        return await ReadAllAsync(command, r => new ReleaseInfo(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)), cancellationToken);
    }

    public async Task<IReadOnlyList<SourceInfo>> ListSourcesAsync(string? dataset, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "sources_list", ("$dataset", dataset));
        return await ReadAllAsync(command, ReadSource, cancellationToken);
    }

    public async Task<SourceInfo?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, "source_get", ("$id", id));
        var rows = await ReadAllAsync(command, ReadSource, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var statements = new List<Statement>();
        await foreach (var statement in StreamStatementsAsync(id, cancellationToken))
            statements.Add(statement);
        return statements.Count == 0 ? null : EntityAssembler.Assemble(statements, store.Model);
    }

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
        await using var connection = await store.OpenAsync(cancellationToken);
        long entities = 0, statements = 0;
        await using (var totals = Command(connection, "stats_totals", ("$dataset", dataset)))
        await using (var reader = await totals.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
                (entities, statements) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        var schemata = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using (var command = Command(connection, "stats_schemata", ("$dataset", dataset)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            string? entityId = null;
            Model.Schema? schema = null;
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                var next = store.Model.TryGet(reader.GetString(1));
                if (id != entityId)
                {
                    Count(schemata, schema);
                    (entityId, schema) = (id, next);
                }
                else if (schema is not null && next is not null)
                {
                    schema = store.Model.Common(schema, next) ?? schema;
                }
            }
            Count(schemata, schema);
        }
        var datasets = (await ListDatasetsAsync(cancellationToken))
            .Where(d => dataset is null || d.Name == dataset)
            .ToDictionary(d => d.Name, d => d.Statements, StringComparer.Ordinal);
        return new StoreStats(entities, statements, schemata, datasets);
    }

    private static void Count(SortedDictionary<string, long> counts, Model.Schema? schema)
    {
        if (schema is not null)
            counts[schema.Name] = counts.GetValueOrDefault(schema.Name) + 1;
    }

    private async IAsyncEnumerable<Statement> StreamAsync(
        string query,
        (string, object?)[] parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, query, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadStatement(reader);
    }

    internal static Statement ReadStatement(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        EntityId = r.GetString(1),
        Schema = r.GetString(2),
        Prop = r.GetString(3),
        Value = r.GetString(4),
        OriginalValue = r.IsDBNull(5) ? null : r.GetString(5),
        Lang = r.IsDBNull(6) ? null : r.GetString(6),
        Dataset = r.GetString(7),
        SourceId = r.IsDBNull(8) ? null : r.GetString(8),
        Span = r.IsDBNull(9) || r.IsDBNull(10) ? null : new TextSpan(r.GetInt32(9), r.GetInt32(10)),
        Quote = r.IsDBNull(11) ? null : r.GetString(11),
        Grading = r.IsDBNull(12) ? null : r.GetString(12),
        FirstSeen = r.GetString(13),
        LastSeen = r.GetString(14),
    };

    private static DatasetInfo ReadDataset(SqliteDataReader r) => new()
    {
        Name = r.GetString(0),
        Title = NullableString(r, 1),
        Summary = NullableString(r, 2),
        License = NullableString(r, 3),
        Publisher = NullableString(r, 4),
        Url = NullableString(r, 5),
        Entities = r.GetInt64(6),
        Statements = r.GetInt64(7),
        Updated = NullableString(r, 8),
    };

    private static SourceInfo ReadSource(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Dataset = r.GetString(1),
        Kind = r.GetString(2),
        Title = NullableString(r, 3),
        Publisher = NullableString(r, 4),
        Url = NullableString(r, 5),
        Published = NullableString(r, 6),
        Grading = NullableString(r, 7),
        Sha256 = NullableString(r, 8),
    };

    private static string? NullableString(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

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
