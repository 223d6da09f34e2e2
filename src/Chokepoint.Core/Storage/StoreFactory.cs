using Chokepoint.Model;
using Chokepoint.Storage.Postgres;
using Chokepoint.Storage.Sqlite;

namespace Chokepoint.Storage;

/// <summary>Opens a store from a location: a file path or <c>sqlite:PATH</c> (SQLite), or a <c>postgres://</c> URL.</summary>
public static class StoreFactory
{
    public const string DefaultLocation = "var/chokepoint.db";

    /// <summary>Opens the store and applies pending migrations.</summary>
    public static async Task<IStore> OpenAsync(string location, CancellationToken cancellationToken = default)
    {
        var store = Create(location);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The store at a location, without touching it yet.</summary>
    public static IStore Create(string location, SchemaModel? model = null)
    {
        model ??= SchemaModel.Default;
        return PostgresLocation.IsUrl(location)
            ? PostgresStore.FromUrl(location, model)
            : new SqliteStore(SqlitePath(location), model);
    }

    /// <summary>The SQLite file a location names, or null for a server URL.</summary>
    public static string? SqlitePathOf(string location) => PostgresLocation.IsUrl(location) ? null : SqlitePath(location);

    /// <summary>A location fit for messages and logs: a URL's password is replaced by <c>***</c>.</summary>
    public static string Describe(string location) => PostgresLocation.Redact(location);

    private static string SqlitePath(string location) =>
        location.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? location["sqlite:".Length..] : location;
}
