using Chokepoint.Datasets;
using Chokepoint.Documents.Review;
using Chokepoint.Statements;

namespace Chokepoint.Storage;

/// <summary>A batching writer for one import, inside one transaction. Disposing without commit rolls everything back.</summary>
public interface IStatementWriter : IAsyncDisposable
{
    ImportPlan Plan { get; }

    /// <summary>The release date statements of this import are first/last seen at.</summary>
    string Release { get; }

    Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default);

    ValueTask AddAsync(Statement statement, CancellationToken cancellationToken = default);

    /// <summary>An ingested document's row and the entity links it queues for review, in this import's transaction.</summary>
    Task AddDocumentAsync(DocumentRecord document, IReadOnlyList<LinkReview> reviews, CancellationToken cancellationToken = default);

    /// <summary>Makes the import visible at once and returns what the dataset now holds.</summary>
    Task<DatasetInfo> CommitAsync(CancellationToken cancellationToken = default);
}
