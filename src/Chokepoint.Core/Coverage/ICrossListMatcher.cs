using Chokepoint.Statements;

namespace Chokepoint.Coverage;

/// <summary>
/// Finds the entities of other lists that are the same real-world entity as a given one, so coverage counts
/// a listing under any id. The matching engine implements this; <see cref="NameKeyMatcher"/> is the
/// built-in fallback.
/// </summary>
public interface ICrossListMatcher
{
    /// <summary>Learns one entity of the store; called for every entity before any <see cref="Match"/>.</summary>
    void Observe(Entity entity);

    /// <summary>Other entities judged the same as <paramref name="entity"/>, best first, scores in 0..1.</summary>
    IReadOnlyList<CrossListCandidate> Match(Entity entity);
}
