namespace Chokepoint.Core.Tests.Security;

/// <summary>A clock the test moves by hand.</summary>
public sealed class FakeTime : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
