namespace Chokepoint.Core.Tests.Storage;

public sealed class SqliteReleaseRangesMigrationTests : ReleaseRangesMigrationContract
{
    /// <summary>Before 009, a dataset's statements were found through an index instead of dataset_entities.</summary>
    protected override string OlderFormat => """
        DROP TABLE dataset_entities;
        CREATE INDEX ix_statements_dataset ON statements (dataset, entity_id);
        DELETE FROM schema_migrations WHERE name LIKE '%dataset_entities';

        """;

    protected override Task<string> CreateLocationAsync() => SqliteStoreContract.CreateLocationAsync();

    protected override Task DeleteLocationAsync(string location) => SqliteStoreContract.DeleteLocationAsync(location);
}
