namespace Chokepoint.Core.Tests.Storage;

public sealed class PostgresReleaseMembershipTests : ReleaseMembershipContract
{
    protected override Task<string> CreateLocationAsync() => PostgresStoreContract.CreateLocationAsync();

    protected override Task DeleteLocationAsync(string location) => PostgresStoreContract.DeleteLocationAsync(location);
}
