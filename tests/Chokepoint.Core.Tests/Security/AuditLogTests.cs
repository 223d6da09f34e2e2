using Chokepoint.Security;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Core.Tests.Security;

public class AuditLogTests
{
    private static async Task<SecurityFixture> WithRecordsAsync()
    {
        var f = await SecurityFixture.CreateAsync();
        for (var i = 1; i <= 3; i++)
            await f.Audit.RecordAsync(new AuditEntry("alice", "judge", $"match-{i}", "127.0.0.1", null));
        return f;
    }

    private static async Task ExecuteAsync(SecurityFixture f, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(f.Store.Folder, "test.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Chain_of_untouched_records_verifies()
    {
        await using var f = await WithRecordsAsync();
        Assert.Null(await f.Audit.VerifyAsync());
        var records = await f.Audit.ListAsync();
        Assert.Equal(AuditRecord.Genesis, records[0].PrevHash);
        Assert.Equal(records[0].Hash, records[1].PrevHash);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")]
    [InlineData("DELETE FROM audit_log WHERE seq = 2")]
    public async Task Update_and_delete_are_refused_by_the_database(string sql)
    {
        await using var f = await WithRecordsAsync();
        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(f, sql));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edited_record_breaks_the_chain_at_that_record()
    {
        await using var f = await WithRecordsAsync();
        await ExecuteAsync(f, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET target = 'match-99' WHERE seq = 2");
        Assert.Equal(2, (await f.Audit.VerifyAsync())?.Seq);
    }

    [Fact]
    public async Task Removed_record_breaks_the_chain_at_the_next_one()
    {
        await using var f = await WithRecordsAsync();
        await ExecuteAsync(f, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2");
        Assert.Equal(3, (await f.Audit.VerifyAsync())?.Seq);
    }

    [Fact]
    public async Task Since_filters_by_time()
    {
        await using var f = await WithRecordsAsync();
        Assert.Equal(3, (await f.Audit.ListAsync("2000-01-01")).Count);
        Assert.Empty(await f.Audit.ListAsync("2999-01-01"));
    }
}
