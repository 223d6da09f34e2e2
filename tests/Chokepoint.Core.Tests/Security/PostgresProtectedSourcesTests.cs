namespace Chokepoint.Core.Tests.Security;

public sealed class PostgresProtectedSourcesTests : ProtectedSourcesContract
{
    protected override bool Postgres => true;
}
