using Chokepoint.History;
using Npgsql;

namespace Chokepoint.Storage.Postgres;

/// <summary>Reads the difference between two releases from the statements' release ranges and <c>statement_gaps</c>, as the SQLite engine does.</summary>
internal static class PostgresReleaseDelta
{
    public static async Task<ReleaseDelta> ReadAsync(NpgsqlConnection connection, string dataset, string from, string to, IReadOnlyCollection<string> entityProps, CancellationToken cancellationToken)
    {
        var fromKey = await KeyAsync(connection, dataset, from, cancellationToken);
        var toKey = await KeyAsync(connection, dataset, to, cancellationToken);
        (string, object?)[] releases = [("dataset", dataset), ("from", from), ("to", to), ("from_key", fromKey), ("to_key", toKey)];
        IReadOnlyList<StatementChange> changes;
        await using (var command = PostgresSql.Command(connection, "release_changes", releases))
            changes = await PostgresSql.ReadAllAsync(command, r => new StatementChange(r.GetString(0) == "+", r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), cancellationToken);
        IReadOnlyList<ReleaseEntity> entities;
        await using (var command = PostgresSql.Command(connection, "release_entities", releases))
            entities = await PostgresSql.ReadAllAsync(command, r => new ReleaseEntity(r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetBoolean(3)), cancellationToken);
        IReadOnlyList<(string, string)> edges;
        await using (var command = PostgresSql.Command(connection, "release_edges", [.. releases, ("props", entityProps.ToArray())]))
            edges = await PostgresSql.ReadAllAsync(command, r => (r.GetString(0), r.GetString(1)), cancellationToken);
        return new ReleaseDelta(changes, entities, edges);
    }

    private static async Task<long> KeyAsync(NpgsqlConnection connection, string dataset, string release, CancellationToken cancellationToken)
    {
        await using var command = PostgresSql.Command(connection, "release_key_get", ("dataset", dataset), ("release", release));
        return await command.ExecuteScalarAsync(cancellationToken) is long key
            ? key
            : throw new KeyNotFoundException($"dataset {dataset} has no release '{release}'; `chokepoint changes --dataset {dataset}` lists its releases");
    }
}
