using Chokepoint.Model;
using Chokepoint.Storage.Sqlite;

namespace Chokepoint.Storage;

/// <summary>Opens a store from a location: a file path (SQLite) or, later, a postgres:// URL.</summary>
public static class StoreFactory
{
    public const string DefaultLocation = "var/chokepoint.db";

    public static async Task<IStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        if (location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            throw new NotSupportedException("the PostgreSQL engine is not part of this build yet; use a SQLite file path");
        var path = location.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? location["sqlite:".Length..] : location;
        var store = new SqliteStore(path, SchemaModel.Default);
        await store.MigrateAsync(cancellationToken);
        return store;
    }
}
