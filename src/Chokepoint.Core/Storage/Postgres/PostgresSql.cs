using Chokepoint.Model;
using Npgsql;
using NpgsqlTypes;

namespace Chokepoint.Storage.Postgres;

/// <summary>The PostgreSQL engine's named queries, from <c>Sql/queries/*.sql</c>, run with parameters only.</summary>
internal static class PostgresSql
{
    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static string Get(string name)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(name, out var sql))
                Cache[name] = sql = Resources.Read($"Postgres/Sql/queries/{name}.sql");
            return sql;
        }
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string query, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = Get(query);
        foreach (var (name, value) in parameters)
        {
            // A null has no type of its own; every nullable parameter here is text.
            command.Parameters.Add(value is null
                ? new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value }
                : new NpgsqlParameter(name, value));
        }
        return command;
    }

    /// <summary>
    /// Runs a write without a client-side timeout: merging a large release can take minutes on a busy server;
    /// the cancellation token stops it.
    /// </summary>
    public static async Task ExecuteAsync(NpgsqlConnection connection, string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, query, parameters);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }
}
