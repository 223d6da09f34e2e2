namespace Chokepoint.Storage;

/// <summary>
/// Every row of a store, current or not, for moving a whole database between engines
/// (<c>chokepoint db copy</c>); not a query interface.
/// </summary>
public interface IStoreArchive
{
    /// <summary>All statements, current or not.</summary>
    Task<long> CountStatementsAsync(CancellationToken cancellationToken = default);

    /// <summary>All statements, current or not, in the order they were first stored.</summary>
    IAsyncEnumerable<StoredStatement> ReadStatementsAsync(CancellationToken cancellationToken = default);

    /// <summary>The releases that lacked a statement inside its release range, release by release.</summary>
    IAsyncEnumerable<ReleaseGap> ReadReleaseGapsAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts writing rows as they are into this store, in one transaction; nothing is visible until commit.</summary>
    Task<IArchiveWriter> BeginRestoreAsync(CancellationToken cancellationToken = default);
}
