using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// An import that has the database file to itself writes through a rollback journal instead of the WAL. In WAL
/// mode every page of a large import is written twice (to the WAL, then by the checkpoint into the database);
/// a rollback journal keeps copies only of pages the file held before, and pages past its old end need none, so
/// a bulk import writes its pages once. It stays all-or-nothing: a rollback or a crash restores the old pages and
/// the old size. While any other connection holds the file open, it stays in WAL mode, so readers keep their
/// snapshot; the file goes back to WAL mode when the import ends.
/// </summary>
internal static class ImportJournal
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Switches to a rollback journal when no other connection has the file open; true when it did.</summary>
    public static async Task<bool> TryRollbackJournalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // Another connection holding the file in WAL mode refuses the switch: ask once, without waiting.
        command.CommandTimeout = 1;
        command.CommandText = "PRAGMA busy_timeout = 0";
        await command.ExecuteNonQueryAsync(cancellationToken);
        try
        {
            command.CommandText = "PRAGMA journal_mode = DELETE";
            var mode = await command.ExecuteScalarAsync(cancellationToken) as string;
            return string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            return false;
        }
        finally
        {
            command.CommandText = $"PRAGMA busy_timeout = {connection.DefaultTimeout * 1000}";
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Back to WAL mode after the import, waiting for readers that opened the file meanwhile. Should they outlast the
    /// wait, the file stays in rollback mode (still correct, only without concurrent reads during writes) until the
    /// next start sets WAL mode again (<see cref="SqliteStore.MigrateAsync"/>).
    /// </summary>
    public static async Task RestoreWalAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
        }
    }
}
