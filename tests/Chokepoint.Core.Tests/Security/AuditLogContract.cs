using System.Data.Common;
using Chokepoint.Core.Tests.Storage;
using Chokepoint.Security;

namespace Chokepoint.Core.Tests.Security;

/// <summary>The hash-chained, append-only audit log, on each engine.</summary>
public abstract class AuditLogContract
{
    /// <summary>Whether this class runs on PostgreSQL (the test server) rather than a SQLite file.</summary>
    protected abstract bool Postgres { get; }

    protected Task<SecurityFixture> CreateAsync() => SecurityFixture.CreateAsync(Postgres);

    private async Task<SecurityFixture> WithRecordsAsync()
    {
        var f = await CreateAsync();
        for (var i = 1; i <= 3; i++)
            await f.Audit.RecordAsync(new AuditEntry("alice", "judge", $"match-{i}", "127.0.0.1", null));
        return f;
    }

    private static Task ExecuteAsync(SecurityFixture f, string sql) => f.ExecuteRawAsync(sql);

    private string DropTrigger(string name) => Postgres ? $"DROP TRIGGER {name} ON audit_log" : $"DROP TRIGGER {name}";

    [StoreFact]
    public async Task Chain_of_untouched_records_verifies()
    {
        await using var f = await WithRecordsAsync();
        Assert.Null(await f.Audit.VerifyAsync());
        var records = await f.Audit.ListAsync();
        Assert.Equal(AuditRecord.Genesis, records[0].PrevHash);
        Assert.Equal(records[0].Hash, records[1].PrevHash);
    }

    [StoreFact]
    public async Task Update_and_delete_are_refused_by_the_database()
    {
        await using var f = await WithRecordsAsync();
        foreach (var sql in new[] { "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 2" })
        {
            var error = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(f, sql));
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }
        Assert.Null(await f.Audit.VerifyAsync());
        Assert.Equal(3, (await f.Audit.ListAsync()).Count);
    }

    [StoreFact]
    public async Task Edited_record_breaks_the_chain_at_that_record()
    {
        await using var f = await WithRecordsAsync();
        await ExecuteAsync(f, $"{DropTrigger("audit_log_no_update")}; UPDATE audit_log SET target = 'match-99' WHERE seq = 2");
        Assert.Equal(2, (await f.Audit.VerifyAsync())?.Seq);
    }

    [StoreFact]
    public async Task Removed_record_breaks_the_chain_at_the_next_one()
    {
        await using var f = await WithRecordsAsync();
        await ExecuteAsync(f, $"{DropTrigger("audit_log_no_delete")}; DELETE FROM audit_log WHERE seq = 2");
        Assert.Equal(3, (await f.Audit.VerifyAsync())?.Seq);
    }

    [StoreFact]
    public async Task Since_filters_by_time()
    {
        await using var f = await WithRecordsAsync();
        Assert.Equal(3, (await f.Audit.ListAsync("2000-01-01")).Count);
        Assert.Empty(await f.Audit.ListAsync("2999-01-01"));
    }
}
