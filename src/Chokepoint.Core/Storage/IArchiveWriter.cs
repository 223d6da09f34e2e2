using Chokepoint.Datasets;

namespace Chokepoint.Storage;

/// <summary>
/// Writes rows as they are (counts, release dates, first/last seen, current flag) in one transaction.
/// Datasets come before their releases and sources, releases before their gaps, statements before gaps.
/// Disposing without commit rolls everything back.
/// </summary>
public interface IArchiveWriter : IAsyncDisposable
{
    Task AddDatasetAsync(DatasetInfo dataset, CancellationToken cancellationToken = default);

    Task AddReleaseAsync(ReleaseInfo release, CancellationToken cancellationToken = default);

    Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default);

    ValueTask AddAsync(StoredStatement statement, CancellationToken cancellationToken = default);

    ValueTask AddReleaseGapAsync(ReleaseGap gap, CancellationToken cancellationToken = default);

    /// <summary>One row of a table beside the statements (<c>ArchivedTables</c>), values in column order.</summary>
    Task AddRowAsync(string table, string[] columns, object?[] values, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);
}
