namespace Chokepoint.Core.Tests.Security;

public sealed class SqliteProtectedSourcesTests : ProtectedSourcesContract
{
    protected override bool Postgres => false;
}
