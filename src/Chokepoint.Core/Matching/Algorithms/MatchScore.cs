namespace Chokepoint.Matching.Algorithms;

/// <summary>The score of one candidate (0..1) and the features that make it up.</summary>
public sealed record MatchScore(double Score, IReadOnlyList<FeatureScore> Features);
