namespace Chokepoint.Coverage;

/// <summary>An entity of the store judged the same as the query entity, with its score and the reason.</summary>
public sealed record CrossListCandidate(string EntityId, double Score, string Reason);
