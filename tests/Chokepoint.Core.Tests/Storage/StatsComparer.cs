using Chokepoint.Datasets;

namespace Chokepoint.Core.Tests.Storage;

internal sealed class StatsComparer : IEqualityComparer<StoreStats>
{
    public static readonly StatsComparer Instance = new();

    public bool Equals(StoreStats? x, StoreStats? y) =>
        x is not null && y is not null && x.Entities == y.Entities && x.Statements == y.Statements &&
        x.Schemata.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(y.Schemata.OrderBy(p => p.Key, StringComparer.Ordinal)) &&
        x.Datasets.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(y.Datasets.OrderBy(p => p.Key, StringComparer.Ordinal));

    public int GetHashCode(StoreStats obj) => HashCode.Combine(obj.Entities, obj.Statements);
}
