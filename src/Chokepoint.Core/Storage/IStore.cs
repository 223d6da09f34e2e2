using Chokepoint.Datasets;
using Chokepoint.Model;

namespace Chokepoint.Storage;

/// <summary>
/// A statement store: reads go through <see cref="View"/>, writes through one <see cref="IStatementWriter"/>
/// per import. SQLite is the embedded engine; PostgreSQL the server engine, with the same contract and results.
/// </summary>
public interface IStore : IAsyncDisposable
{
    SchemaModel Model { get; }

    IStoreView View { get; }

    /// <summary>Every row as stored, for copying a database to another store.</summary>
    IStoreArchive Archive { get; }

    /// <summary>Applies pending migrations; safe to call on every start. Returns the names of those applied now.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts an all-or-nothing import: nothing is visible until <see cref="IStatementWriter.CommitAsync"/>.</summary>
    Task<IStatementWriter> BeginImportAsync(ImportPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Records that a screened name (by its query key) is not the entity; later screening excludes it.</summary>
    Task AddFalsePositiveAsync(string queryKey, string entityId, string query, CancellationToken cancellationToken = default);

    Task RemoveFalsePositiveAsync(string queryKey, string entityId, CancellationToken cancellationToken = default);
}
