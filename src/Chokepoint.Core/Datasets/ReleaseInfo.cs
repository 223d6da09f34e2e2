namespace Chokepoint.Datasets;

/// <summary>One import of a dataset: its release date and what it held.</summary>
public sealed record ReleaseInfo(string Dataset, string Release, string ImportedAt, long Entities, long Statements);
