using Chokepoint.Model;

namespace Chokepoint.Storage.Sqlite;

/// <summary>The SQLite engine's named queries, from <c>Sql/queries/*.sql</c>.</summary>
internal static class SqliteSql
{
    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static string Get(string name)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(name, out var sql))
                Cache[name] = sql = Resources.Read($"Sqlite/Sql/queries/{name}.sql");
            return sql;
        }
    }
}
