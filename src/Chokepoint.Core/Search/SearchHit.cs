using Chokepoint.Statements;

namespace Chokepoint.Search;

/// <summary>One search result: the entity, a score in [0, 1] and a sentence saying why it was found.</summary>
public sealed record SearchHit(Entity Entity, double Score, string Explanation, string MatchedName);
