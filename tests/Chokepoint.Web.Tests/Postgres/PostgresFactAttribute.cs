using Chokepoint.Core.Tests.Storage;

namespace Chokepoint.Web.Tests.Postgres;

/// <summary>A fact that needs the test PostgreSQL server: skipped, with the reason, only outside CI when it is unreachable.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresTestServer.SkipReason();
}
