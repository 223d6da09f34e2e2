using Chokepoint.Datasets;
using Chokepoint.Importing;
using Chokepoint.Storage;

namespace Chokepoint.Documents.Review;

/// <summary>
/// Applies an analyst's decision: the judgement is stored, and an accepted link also becomes a statement
/// (the mention resolves to the entity) in the document's dataset.
/// </summary>
public static class ReviewDecision
{
    public static async Task ApplyAsync(IStore store, ReviewQueue queue, LinkReview review, bool accept, CancellationToken cancellationToken)
    {
        if (accept)
        {
            var plan = new ImportPlan { Dataset = new DatasetInfo { Name = review.Dataset }, Mode = ImportMode.Append };
            await using var writer = await store.BeginImportAsync(plan, cancellationToken);
            var source = await store.View.GetSourceAsync(review.SourceId, cancellationToken)
                ?? throw new KeyNotFoundException($"source {review.SourceId} of review {review.Id} is gone");
            await writer.AddSourceAsync(source, cancellationToken);
            var records = new EntityRecordWriter(writer, store.Model, review.SourceId, _ => source.Grading);
            var record = new EntityRecord { Id = review.MentionId, Schema = "Mention", File = "review", SourceId = review.SourceId, Quote = review.Surface };
            record.Add("resolved", review.CandidateId);
            await records.WriteAsync(records.Validate(record), cancellationToken);
            // The statement first: deciding again after a failure is harmless, a judgement without its statement is not.
            await writer.CommitAsync(cancellationToken);
        }
        await queue.DecideAsync(review, accept, cancellationToken);
    }
}
