using Chokepoint.Model;
using Chokepoint.Storage;
using Chokepoint.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Security;

/// <summary>Connections and named queries (<c>Security/Sql/*.sql</c>, parameters only) for the security tables.</summary>
public sealed class SecurityDb
{
    private readonly SqliteStore _store;

    private SecurityDb(SqliteStore store) => _store = store;

    /// <summary>The folder holding the database file: the key file must never be in it.</summary>
    public string Folder => Path.GetDirectoryName(_store.Path)!;

    public static SecurityDb For(IStore store) => store is SqliteStore sqlite
        ? new SecurityDb(sqlite)
        : throw new NotSupportedException("accounts, audit log and protected sources need the SQLite engine in this build");

    /// <summary>Null on an engine without the security tables yet, so that auditing an import or export never blocks it.</summary>
    public static SecurityDb? TryFor(IStore store) => store is SqliteStore sqlite ? new SecurityDb(sqlite) : null;

    internal Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _store.OpenAsync(cancellationToken);

    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_store.ConnectionString);
        connection.Open();
        return connection;
    }

    internal static SqliteCommand Command(SqliteConnection connection, string query, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = Resources.Read($"Security/Sql/{query}.sql");
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    internal async Task<int> ExecuteAsync(string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, query, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal async Task<List<T>> QueryAsync<T>(string query, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, query, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }

    internal static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    internal static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
