namespace Chokepoint.Security;

/// <summary>The append-only, hash-chained audit table; triggers on either engine refuse UPDATE and DELETE on it.</summary>
public sealed class AuditLog(SecurityDb db) : IAuditSink
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        // The last hash is read and the next record written under one write lock.
        await using var transaction = await db.Tables.BeginLockedAsync(connection, "audit_log", cancellationToken);
        string prev;
        await using (var last = db.Command(connection, "audit_last"))
        {
            last.Transaction = transaction;
            prev = await last.ExecuteScalarAsync(cancellationToken) as string ?? AuditRecord.Genesis;
        }
        var at = SecurityDb.Now();
        await using (var insert = db.Command(connection, "audit_insert",
            ("at", at), ("actor", entry.Actor), ("action", entry.Action), ("target", entry.Target), ("remote", entry.Remote),
            ("details", entry.Details), ("prev", prev), ("hash", AuditRecord.ComputeHash(at, entry, prev))))
        {
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<List<AuditRecord>> ListAsync(string? since = null, CancellationToken cancellationToken = default) =>
        db.QueryAsync("audit_list", r => new AuditRecord(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), SecurityDb.Text(r, 4), SecurityDb.Text(r, 5),
            SecurityDb.Text(r, 6), r.GetString(7), r.GetString(8)), cancellationToken, ("since", since ?? ""));

    /// <summary>Recomputes the whole chain; returns the first record whose hash or link does not hold, or null when intact.</summary>
    public async Task<AuditRecord?> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var expectedPrev = AuditRecord.Genesis;
        foreach (var record in await ListAsync(null, cancellationToken))
        {
            if (record.PrevHash != expectedPrev || record.Recompute() != record.Hash)
                return record;
            expectedPrev = record.Hash;
        }
        return null;
    }
}
