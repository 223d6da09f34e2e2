namespace Chokepoint.Core.Tests.Storage;

/// <summary>A fresh SQLite file per test, in its own temporary folder.</summary>
internal static class SqliteStoreContract
{
    public static Task<string> CreateLocationAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chokepoint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Task.FromResult(Path.Combine(folder, "store.db"));
    }

    public static Task DeleteLocationAsync(string location)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(location)!, recursive: true);
        return Task.CompletedTask;
    }
}
