using System.Globalization;
using Chokepoint.Documents.Text;
using Chokepoint.Model;
using Chokepoint.Storage;
using Chokepoint.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Documents.Review;

/// <summary>The review queue of low-confidence links and the link judgements that later ingests respect (SQLite engine).</summary>
public sealed class ReviewQueue(IStore store)
{
    private readonly SqliteStore _store = store as SqliteStore ?? throw new NotSupportedException("the review queue needs the SQLite engine");

    public async Task SaveDocumentAsync(DocumentRecord document, IReadOnlyList<LinkReview> pending, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "document_upsert", cancellationToken,
            ("$source_id", document.SourceId), ("$dataset", document.Dataset), ("$format", document.Format), ("$location", document.Location),
            ("$chars", document.Chars), ("$protected", document.Protected ? 1 : 0), ("$extractor", document.Extractor), ("$flags", document.Flags),
            ("$ingested_at", Now()));
        foreach (var review in pending)
        {
            await ExecuteAsync(connection, transaction, "review_insert", cancellationToken,
                ("$source_id", review.SourceId), ("$dataset", review.Dataset), ("$mention_id", review.MentionId), ("$surface", review.Surface),
                ("$kind", review.Kind), ("$candidate_id", review.CandidateId), ("$candidate_name", review.CandidateName),
                ("$confidence", review.Confidence), ("$reason", review.Reason), ("$created_at", Now()));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LinkReview>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken);
        return await ReadAsync(connection, "review_list", cancellationToken, ("$status", status));
    }

    public async Task<LinkReview?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken);
        return (await ReadAsync(connection, "review_get", cancellationToken, ("$id", id))).FirstOrDefault();
    }

    /// <summary>Records the decision on the review and as a judgement on the name key, in one transaction.</summary>
    public async Task DecideAsync(LinkReview review, bool accept, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "review_decide", cancellationToken,
            ("$id", review.Id), ("$status", accept ? "accepted" : "rejected"), ("$decided_at", Now()),
            ("$name_key", NameKey.Of(review.Surface)), ("$entity_id", review.CandidateId));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>(name key, entity id) to true for accepted, false for rejected.</summary>
    public async Task<Dictionary<(string Key, string EntityId), bool>> JudgementsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Resources.Read("Review/Sql/judgements_list.sql");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var judgements = new Dictionary<(string, string), bool>();
        while (await reader.ReadAsync(cancellationToken))
            judgements[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2) == "accepted";
        return judgements;
    }

    public async Task<bool> IsProtectedAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Resources.Read("Review/Sql/document_get.sql");
        command.Parameters.AddWithValue("$source_id", sourceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && reader.GetInt64(5) == 1;
    }

    private static async Task<List<LinkReview>> ReadAsync(SqliteConnection connection, string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Resources.Read($"Review/Sql/{query}.sql");
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<LinkReview>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new LinkReview(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetDouble(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10)));
        }
        return rows;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Resources.Read($"Review/Sql/{query}.sql");
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
