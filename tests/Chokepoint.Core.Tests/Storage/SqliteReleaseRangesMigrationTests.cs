namespace Chokepoint.Core.Tests.Storage;

public sealed class SqliteReleaseRangesMigrationTests : ReleaseRangesMigrationContract
{
    protected override Task<string> CreateLocationAsync() => SqliteStoreContract.CreateLocationAsync();

    protected override Task DeleteLocationAsync(string location) => SqliteStoreContract.DeleteLocationAsync(location);
}
