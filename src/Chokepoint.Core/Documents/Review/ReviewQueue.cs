using System.Data.Common;
using System.Globalization;
using Chokepoint.Documents.Text;
using Chokepoint.Storage;

namespace Chokepoint.Documents.Review;

/// <summary>
/// The review queue of low-confidence links and the link judgements that later ingests respect, on either engine.
/// Rows are added by the ingest's own import (<see cref="IStatementWriter.AddDocumentAsync"/>), never separately.
/// </summary>
public sealed class ReviewQueue(IStore store)
{
    private readonly StoreTables _tables = StoreTables.For(store);

    public async Task<IReadOnlyList<LinkReview>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return await ReadAsync(connection, "review_list", cancellationToken, ("status", status));
    }

    public async Task<LinkReview?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return (await ReadAsync(connection, "review_get", cancellationToken, ("id", id))).FirstOrDefault();
    }

    /// <summary>Records the decision on the review and as a judgement on the name key, in one transaction.</summary>
    public async Task DecideAsync(LinkReview review, bool accept, CancellationToken cancellationToken)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "review_decide", cancellationToken,
            ("id", review.Id), ("status", accept ? "accepted" : "rejected"), ("decided_at", Now()),
            ("name_key", NameKey.Of(review.Surface)), ("entity_id", review.CandidateId));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>(name key, entity id) to true for accepted, false for rejected.</summary>
    public async Task<Dictionary<(string Key, string EntityId), bool>> JudgementsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var command = _tables.Command(connection, "Review/Sql/judgements_list");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var judgements = new Dictionary<(string, string), bool>();
        while (await reader.ReadAsync(cancellationToken))
            judgements[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2) == "accepted";
        return judgements;
    }

    public async Task<bool> IsProtectedAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var command = _tables.Command(connection, "Review/Sql/document_get", ("source_id", sourceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture) == 1;
    }

    private async Task<List<LinkReview>> ReadAsync(DbConnection connection, string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = _tables.Command(connection, $"Review/Sql/{query}", parameters);
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

    private async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string query, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = _tables.Command(connection, $"Review/Sql/{query}", parameters);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
