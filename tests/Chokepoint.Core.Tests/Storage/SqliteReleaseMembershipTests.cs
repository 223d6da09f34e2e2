namespace Chokepoint.Core.Tests.Storage;

public sealed class SqliteReleaseMembershipTests : ReleaseMembershipContract
{
    protected override Task<string> CreateLocationAsync() => SqliteStoreContract.CreateLocationAsync();

    protected override Task DeleteLocationAsync(string location) => SqliteStoreContract.DeleteLocationAsync(location);
}
