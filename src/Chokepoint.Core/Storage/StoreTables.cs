using System.Data;
using System.Data.Common;
using Chokepoint.Model;
using Chokepoint.Storage.Postgres;
using Chokepoint.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage;

/// <summary>
/// Engine-neutral access to the tables beside the statements (accounts, audit log, review queue, downloads):
/// named <c>.sql</c> resources written in SQL that SQLite and PostgreSQL both accept, with <c>@name</c> parameters.
/// A resource <c>Folder/postgres/NAME.sql</c>, when present, replaces <c>Folder/NAME.sql</c> on PostgreSQL.
/// </summary>
internal sealed class StoreTables
{
    private readonly Func<CancellationToken, Task<DbConnection>> _openAsync;
    private readonly Func<DbConnection> _open;

    private StoreTables(bool postgres, string? folder, Func<CancellationToken, Task<DbConnection>> openAsync, Func<DbConnection> open)
    {
        IsPostgres = postgres;
        Folder = folder;
        _openAsync = openAsync;
        _open = open;
    }

    public bool IsPostgres { get; }

    /// <summary>The folder holding the database file; null for a server database.</summary>
    public string? Folder { get; }

    public static StoreTables For(IStore store) => store switch
    {
        SqliteStore sqlite => new StoreTables(false, Path.GetDirectoryName(sqlite.Path),
            async cancellationToken => await sqlite.OpenAsync(cancellationToken),
            () =>
            {
                var connection = new SqliteConnection(sqlite.ConnectionString);
                connection.Open();
                return connection;
            }),
        PostgresStore postgres => new StoreTables(true, null,
            async cancellationToken => await postgres.OpenAsync(cancellationToken),
            postgres.Open),
        _ => throw new NotSupportedException($"store engine {store.GetType().Name} has no tables beside the statements"),
    };

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => _openAsync(cancellationToken);

    public DbConnection Open() => _open();

    /// <summary>A transaction that holds the write lock on <paramref name="table"/> (a constant, never input) until it ends.</summary>
    public async Task<DbTransaction> BeginLockedAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        if (!IsPostgres)
            // Microsoft.Data.Sqlite begins a serializable transaction with BEGIN IMMEDIATE: the database write lock.
            return await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"LOCK TABLE {table} IN EXCLUSIVE MODE";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }

    /// <summary>A command for the resource <c>Folder/NAME.sql</c>; a null value is bound as a text null.</summary>
    public DbCommand Command(DbConnection connection, string resource, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql(resource);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            if (value is null)
                parameter.DbType = DbType.String;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public async Task<int> ExecuteAsync(string resource, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, resource, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<T>> QueryAsync<T>(string resource, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, resource, parameters);
        return await ReadAllAsync(command, map, cancellationToken);
    }

    public static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    private string Sql(string resource)
    {
        var key = (IsPostgres ? "pg:" : "sqlite:") + resource;
        lock (Gate)
        {
            if (Cache.TryGetValue(key, out var sql))
                return sql;
            var slash = resource.LastIndexOf('/');
            var variant = $"{resource[..(slash + 1)]}postgres/{resource[(slash + 1)..]}.sql";
            sql = IsPostgres && Resources.Exists(variant) ? Resources.Read(variant) : Resources.Read(resource + ".sql");
            return Cache[key] = sql;
        }
    }
}
