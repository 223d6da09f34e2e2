using System.Text.Json;
using Chokepoint.History;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>Reads the difference between two releases from the statements' release ranges and <c>statement_gaps</c>.</summary>
internal static class SqliteReleaseDelta
{
    public static async Task<ReleaseDelta> ReadAsync(SqliteConnection connection, string dataset, string from, string to, IReadOnlyCollection<string> entityProps, CancellationToken cancellationToken)
    {
        var fromKey = await KeyAsync(connection, dataset, from, cancellationToken);
        var toKey = await KeyAsync(connection, dataset, to, cancellationToken);
        (string, object)[] releases = [("$dataset", dataset), ("$from", from), ("$to", to), ("$from_key", fromKey), ("$to_key", toKey)];
        var changes = new List<StatementChange>();
        await using (var command = Command(connection, "release_changes", releases))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                changes.Add(new StatementChange(reader.GetString(0) == "+", reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }
        var entities = new List<ReleaseEntity>();
        await using (var command = Command(connection, "release_entities", releases))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                entities.Add(new ReleaseEntity(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1, reader.GetInt64(3) == 1));
        }
        var edges = new List<(string, string)>();
        await using (var command = Command(connection, "release_edges", [.. releases, ("$props", JsonSerializer.Serialize(entityProps))]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                edges.Add((reader.GetString(0), reader.GetString(1)));
        }
        return new ReleaseDelta(changes, entities, edges);
    }

    private static async Task<long> KeyAsync(SqliteConnection connection, string dataset, string release, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "release_key_get", ("$dataset", dataset), ("$release", release));
        return await command.ExecuteScalarAsync(cancellationToken) is long key
            ? key
            : throw new KeyNotFoundException($"dataset {dataset} has no release '{release}'; `chokepoint changes --dataset {dataset}` lists its releases");
    }

    private static SqliteCommand Command(SqliteConnection connection, string query, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = SqliteSql.Get(query);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}
