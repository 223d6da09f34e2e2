namespace Chokepoint.Matching.Algorithms;

/// <summary>One line of a match explanation: a feature, its value for this pair (0..1), and the weight it carries in the score.</summary>
public sealed record FeatureScore(string Name, double Value, double Weight, string Description);
