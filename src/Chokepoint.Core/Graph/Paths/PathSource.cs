namespace Chokepoint.Graph.Paths;

/// <summary>A source cited by a relation on a path, with its Admiralty grading and supporting quote when it has one.</summary>
public sealed record PathSource(string SourceId, string? Grading, string? Quote);
