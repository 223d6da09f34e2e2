using System.Globalization;
using Chokepoint.Model;

namespace Chokepoint.Documents.Review;

/// <summary>
/// The SQL, portable between the engines (<c>@name</c> parameters), that records a document and its review queue
/// inside an import's transaction; each engine's writer runs it on its own connection.
/// </summary>
public static class DocumentRows
{
    public static IEnumerable<(string Sql, (string Name, object? Value)[] Parameters)> Commands(DocumentRecord document, IReadOnlyList<LinkReview> reviews)
    {
        var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        yield return (Resources.Read("Review/Sql/document_upsert.sql"),
        [
            ("@source_id", document.SourceId), ("@dataset", document.Dataset), ("@format", document.Format), ("@location", document.Location),
            ("@chars", (long)document.Chars), ("@protected", document.Protected ? 1L : 0L), ("@extractor", document.Extractor), ("@flags", document.Flags),
            ("@ingested_at", now),
        ]);
        foreach (var review in reviews)
        {
            yield return (Resources.Read("Review/Sql/review_insert.sql"),
            [
                ("@source_id", review.SourceId), ("@dataset", review.Dataset), ("@mention_id", review.MentionId), ("@surface", review.Surface),
                ("@kind", review.Kind), ("@candidate_id", review.CandidateId), ("@candidate_name", review.CandidateName),
                ("@confidence", review.Confidence), ("@reason", review.Reason), ("@created_at", now),
            ]);
        }
    }
}
