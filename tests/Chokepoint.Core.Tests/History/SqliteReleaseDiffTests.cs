namespace Chokepoint.Core.Tests.History;

public sealed class SqliteReleaseDiffTests : ReleaseDiffContract
{
    protected override bool Postgres => false;
}
