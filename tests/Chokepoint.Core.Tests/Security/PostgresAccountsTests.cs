namespace Chokepoint.Core.Tests.Security;

public sealed class PostgresAccountsTests : AccountsContract
{
    protected override bool Postgres => true;
}
