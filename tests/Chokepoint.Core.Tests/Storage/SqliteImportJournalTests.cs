using Chokepoint.Datasets;
using Chokepoint.Statements;
using Chokepoint.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>
/// An import that has the SQLite file to itself writes through a rollback journal (pages written once); with another
/// connection open it stays in WAL mode so that reader keeps its snapshot. Either way the file ends in WAL mode and
/// a failed import leaves nothing behind.
/// </summary>
public sealed class SqliteImportJournalTests : StoreContract
{
    private static readonly Statement[] Peleng =
    [
        S("ofac", "ofac-1", "Company", "name", "Peleng"),
        S("ofac", "ofac-1", "Company", "alias", "OAO Peleng"),
    ];

    [Fact]
    public async Task Import_alone_writes_through_a_rollback_journal_and_returns_to_wal()
    {
        await using (var writer = await BeginAsync(Store, "ofac", "2024-01-01", ImportMode.Replace))
        {
            // A connection opened after the import began reads the mode the import left in the file header.
            Assert.Equal("delete", await JournalModeAsync());
            await WriteAsync(writer);
            await writer.CommitAsync();
        }
        Assert.Equal("wal", await JournalModeAsync());
        Assert.Equal(2, (await Store.View.GetDatasetAsync("ofac"))!.Statements);
    }

    [Fact]
    public async Task Import_beside_an_open_reader_stays_in_wal_and_the_reader_keeps_its_snapshot()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Peleng[0]);
        await using var reader = await OpenAsync();
        await using var snapshot = reader.BeginTransaction(deferred: true);
        Assert.Equal(1L, await CountAsync(reader, snapshot));

        await using (var writer = await BeginAsync(Store, "ofac", "2024-02-01", ImportMode.Replace))
        {
            Assert.Equal("wal", await JournalModeAsync());
            await WriteAsync(writer);
            await writer.CommitAsync();
        }
        Assert.Equal(1L, await CountAsync(reader, snapshot));
        Assert.Equal(2, (await Store.View.GetDatasetAsync("ofac"))!.Statements);
    }

    [Fact]
    public async Task Failed_import_through_a_rollback_journal_leaves_the_store_as_it_was()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Peleng[0]);
        await using (var writer = await BeginAsync(Store, "ofac", "2024-02-01", ImportMode.Replace))
        {
            Assert.Equal("delete", await JournalModeAsync());
            await WriteAsync(writer);
            // Disposed without commit, as an import that met a bad record.
        }
        Assert.Equal("wal", await JournalModeAsync());
        var dataset = (await Store.View.GetDatasetAsync("ofac"))!;
        Assert.Equal(1, dataset.Statements);
        Assert.Equal(["2024-01-01"], (await Store.View.ListReleasesAsync("ofac")).Select(r => r.Release));
    }

    private static async Task WriteAsync(IStatementWriter writer)
    {
        foreach (var statement in Peleng)
            await writer.AddAsync(statement with { FirstSeen = writer.Release, LastSeen = writer.Release });
    }

    protected override Task<string> CreateLocationAsync() => SqliteStoreContract.CreateLocationAsync();

    protected override Task DeleteLocationAsync(string location) => SqliteStoreContract.DeleteLocationAsync(location);

    /// <summary>A connection of the test's own, not pooled: an idle pooled connection would hold the file open.</summary>
    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Location};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private async Task<string?> JournalModeAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM statements";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
