namespace Chokepoint.Storage;

/// <summary>That a release of a dataset lacked a statement although the statement's release range covers it.</summary>
public sealed record ReleaseGap(string Dataset, string Release, string EntityId, string StatementId);
