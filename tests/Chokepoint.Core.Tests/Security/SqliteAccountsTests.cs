namespace Chokepoint.Core.Tests.Security;

public sealed class SqliteAccountsTests : AccountsContract
{
    protected override bool Postgres => false;
}
