using Chokepoint.Statements;

namespace Chokepoint.Coverage;

/// <summary>
/// The built-in fallback for <see cref="ICrossListMatcher"/> (name-key-v1): same identifier value (1.0) or
/// same name key (0.9), between entities that are both persons or both not. The matching engine replaces it.
/// </summary>
public sealed class NameKeyMatcher : ICrossListMatcher
{
    private static readonly string[] NameProps = ["name", "alias", "previousName"];
    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _isPerson = new(StringComparer.Ordinal);
    private readonly NameKeys _keys = NameKeys.Default;

    public void Observe(Entity entity)
    {
        if (!entity.Schema.Matchable || entity.Schema.Edge is not null)
            return;
        _isPerson[entity.Id] = entity.Schema.IsA("Person");
        foreach (var (key, _) in Keys(entity))
        {
            if (!_byKey.TryGetValue(key, out var ids))
                _byKey[key] = ids = [];
            if (ids.Count == 0 || ids[^1] != entity.Id)
                ids.Add(entity.Id);
        }
    }

    public IReadOnlyList<CrossListCandidate> Match(Entity entity)
    {
        var best = new Dictionary<string, CrossListCandidate>(StringComparer.Ordinal);
        var person = entity.Schema.IsA("Person");
        foreach (var (key, reason) in Keys(entity))
        {
            if (!_byKey.TryGetValue(key, out var ids))
                continue;
            var score = key.StartsWith("i:", StringComparison.Ordinal) ? 1.0 : 0.9;
            foreach (var id in ids)
            {
                if (id == entity.Id || _isPerson[id] != person)
                    continue;
                if (!best.TryGetValue(id, out var known) || known.Score < score)
                    best[id] = new CrossListCandidate(id, score, reason);
            }
        }
        return [.. best.Values.OrderByDescending(c => c.Score).ThenBy(c => c.EntityId, StringComparer.Ordinal)];
    }

    private IEnumerable<(string Key, string Reason)> Keys(Entity entity)
    {
        foreach (var prop in NameProps)
        {
            foreach (var name in entity.Get(prop))
            {
                if (_keys.NameKey(name) is { } key)
                    yield return ("n:" + key, $"same name '{name}'");
            }
        }
        foreach (var prop in _keys.Identifiers)
        {
            foreach (var value in entity.Get(prop))
            {
                if (NameKeys.IdentifierKey(value) is { } key)
                    yield return ("i:" + key, $"same {prop} {value}");
            }
        }
    }
}
