namespace Chokepoint.Core.Tests.History;

public sealed class PostgresReleaseDiffTests : ReleaseDiffContract
{
    protected override bool Postgres => true;
}
