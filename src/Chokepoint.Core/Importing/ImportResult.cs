using Chokepoint.Datasets;

namespace Chokepoint.Importing;

/// <summary>What an import did: the dataset as it now stands, what was read, and the records skipped in lenient mode.</summary>
public sealed record ImportResult(DatasetInfo Dataset, string Release, long Records, long Statements, IReadOnlyList<ImportIssue> Skipped);
