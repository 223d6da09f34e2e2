namespace Chokepoint.Storage;

/// <summary>
/// The tables beside the statements that <c>db copy</c> moves as they are: judgements, the review queue, download
/// states, accounts, API keys, the audit log (its hash chain intact) and protected source ciphertexts (the key stays
/// outside both databases). Names are constants, never input.
/// </summary>
internal static class ArchivedTables
{
    public static readonly IReadOnlyList<(string Table, string[] Columns)> All =
    [
        ("screening_judgements", ["query_key", "entity_id", "judgement", "query", "created_at"]),
        ("documents", ["source_id", "dataset", "format", "location", "chars", "protected", "extractor", "flags", "ingested_at"]),
        ("link_reviews", ["id", "source_id", "dataset", "mention_id", "surface", "kind", "candidate_id", "candidate_name", "confidence", "reason", "status", "created_at", "decided_at"]),
        ("link_judgements", ["name_key", "entity_id", "decision", "review_id", "decided_at"]),
        ("downloads", ["dataset", "url", "etag", "last_modified", "sha256", "release", "checked_at"]),
        ("users", ["name", "role", "password_hash", "disabled", "created_at"]),
        ("api_keys", ["id", "name", "role", "secret_sha256", "created_at", "revoked_at", "last_used_at"]),
        ("audit_log", ["seq", "at", "actor", "action", "target", "remote", "details", "prev_hash", "hash"]),
        ("protected_sources", ["source_id", "field", "nonce", "ciphertext", "tag"]),
    ];

    public static string Select(string table, string[] columns) => $"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY 1";

    /// <summary>An insert with parameters p0, p1, ... in column order, prefixed as the engine expects.</summary>
    public static string Insert(string table, string[] columns, char prefix) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"{prefix}p{i}"))})";

    /// <summary>Every row of every table, read from <paramref name="store"/>, table by table.</summary>
    public static async IAsyncEnumerable<(string Table, string[] Columns, object?[] Values)> ReadAsync(
        IStore store, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tables = StoreTables.For(store);
        await using var connection = await tables.OpenAsync(cancellationToken);
        foreach (var (table, columns) in All)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Select(table, columns);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new object?[columns.Length];
                for (var i = 0; i < values.Length; i++)
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                yield return (table, columns, values);
            }
        }
    }
}
