using System.Data.Common;
using Chokepoint.Storage;

namespace Chokepoint.Security;

/// <summary>
/// Connections and named queries (<c>Security/Sql/*.sql</c>, parameters only) for the security tables, on either
/// engine: SQLite (migration 006) or PostgreSQL (its 006, which also makes the audit log append-only by trigger).
/// </summary>
public sealed class SecurityDb
{
    private readonly StoreTables _tables;

    private SecurityDb(StoreTables tables) => _tables = tables;

    /// <summary>The folder holding the database file, which the key file must never be in; null for a server database.</summary>
    public string? Folder => _tables.Folder;

    public static SecurityDb For(IStore store) => new(StoreTables.For(store));

    /// <summary>Null on an engine without the security tables, so that auditing an import or export never blocks it.</summary>
    public static SecurityDb? TryFor(IStore store) => store is Storage.Sqlite.SqliteStore or Storage.Postgres.PostgresStore ? For(store) : null;

    internal StoreTables Tables => _tables;

    internal Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);

    internal DbConnection Open() => _tables.Open();

    internal DbCommand Command(DbConnection connection, string query, params (string Name, object? Value)[] parameters) =>
        _tables.Command(connection, $"Security/Sql/{query}", parameters);

    internal Task<int> ExecuteAsync(string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        _tables.ExecuteAsync($"Security/Sql/{query}", cancellationToken, parameters);

    internal Task<List<T>> QueryAsync<T>(string query, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        _tables.QueryAsync($"Security/Sql/{query}", map, cancellationToken, parameters);

    internal static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    internal static string? Text(DbDataReader reader, int ordinal) => StoreTables.Text(reader, ordinal);
}
