namespace Chokepoint.Core.Tests.Security;

public sealed class SqliteAuditLogTests : AuditLogContract
{
    protected override bool Postgres => false;
}
