namespace Chokepoint.Core.Tests.Storage;

public sealed class PostgresReleaseRangesMigrationTests : ReleaseRangesMigrationContract
{
    protected override Task<string> CreateLocationAsync() => PostgresStoreContract.CreateLocationAsync();

    protected override Task DeleteLocationAsync(string location) => PostgresStoreContract.DeleteLocationAsync(location);
}
