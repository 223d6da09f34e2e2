using System.Collections.Concurrent;

namespace Chokepoint.Security;

/// <summary>
/// Failed logins counted per user and per remote address: after <see cref="FreeFailures"/> failures each further
/// one locks that key out for 2^(n - FreeFailures) seconds, up to 15 minutes; a success clears the user's count.
/// In memory: a restart forgives, which a brute-force attacker gains little from.
/// </summary>
public sealed class LoginThrottle(TimeProvider? time = null)
{
    public const int FreeFailures = 5;
    private const int MaxTracked = 100_000;
    private static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(15);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> _state = new(StringComparer.Ordinal);

    /// <summary>How long until the user or address may try again; zero when not locked out.</summary>
    public TimeSpan RetryAfter(string user, string? remote)
    {
        var now = _time.GetUtcNow();
        var until = new[] { Key("user", user), Key("addr", remote) }
            .Select(k => _state.TryGetValue(k, out var s) ? s.Until : DateTimeOffset.MinValue)
            .Max();
        return until > now ? until - now : TimeSpan.Zero;
    }

    public void Failed(string user, string? remote)
    {
        // Bounded memory under a spray of names or addresses: forget keys that are not locked out.
        if (_state.Count > MaxTracked)
        {
            var now = _time.GetUtcNow();
            foreach (var entry in _state.Where(e => e.Value.Until < now))
                _state.TryRemove(entry.Key, out _);
        }
        foreach (var key in new[] { Key("user", user), Key("addr", remote) })
        {
            _state.AddOrUpdate(key, _ => Next(1), (_, s) => Next(s.Failures + 1));
        }
    }

    public void Succeeded(string user) => _state.TryRemove(Key("user", user), out _);

    private (int, DateTimeOffset) Next(int failures)
    {
        if (failures < FreeFailures)
            return (failures, DateTimeOffset.MinValue);
        var seconds = Math.Min(Math.Pow(2, failures - FreeFailures), MaxLockout.TotalSeconds);
        return (failures, _time.GetUtcNow() + TimeSpan.FromSeconds(seconds));
    }

    private static string Key(string kind, string? value) => $"{kind}:{value ?? ""}";
}
