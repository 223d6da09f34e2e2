namespace Chokepoint.Core.Tests.Storage;

/// <summary>A fresh PostgreSQL schema per test, dropped afterwards.</summary>
internal static class PostgresStoreContract
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Schemata = new();

    public static async Task<string> CreateLocationAsync()
    {
        var (schema, location) = await PostgresTestServer.CreateSchemaAsync();
        Schemata[location] = schema;
        return location;
    }

    public static Task DeleteLocationAsync(string location) =>
        Schemata.TryRemove(location, out var schema) ? PostgresTestServer.DropSchemaAsync(schema) : Task.CompletedTask;
}
