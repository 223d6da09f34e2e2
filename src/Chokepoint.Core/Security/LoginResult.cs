namespace Chokepoint.Security;

/// <summary>The outcome of a password login: a principal, or why not (for 401 vs 429 with Retry-After).</summary>
public sealed record LoginResult(Principal? Principal, TimeSpan RetryAfter)
{
    public bool Throttled => Principal is null && RetryAfter > TimeSpan.Zero;
}
