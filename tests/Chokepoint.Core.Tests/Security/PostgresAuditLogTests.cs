namespace Chokepoint.Core.Tests.Security;

public sealed class PostgresAuditLogTests : AuditLogContract
{
    protected override bool Postgres => true;
}
