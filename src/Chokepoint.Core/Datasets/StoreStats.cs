namespace Chokepoint.Datasets;

/// <summary>Counts for one dataset or the whole store.</summary>
public sealed record StoreStats(
    long Entities,
    long Statements,
    IReadOnlyDictionary<string, long> Schemata,
    IReadOnlyDictionary<string, long> Datasets);
