namespace Chokepoint.Storage;

/// <summary>One name-typed value of an entity, found by a name search.</summary>
public sealed record NameCandidate(string EntityId, string Name);
