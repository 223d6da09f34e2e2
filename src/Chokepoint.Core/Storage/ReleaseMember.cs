namespace Chokepoint.Storage;

/// <summary>That a release of a dataset held a statement: what release diffs compare.</summary>
public sealed record ReleaseMember(string Dataset, string Release, string EntityId, string StatementId);
