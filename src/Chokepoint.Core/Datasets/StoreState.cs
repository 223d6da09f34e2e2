namespace Chokepoint.Datasets;

/// <summary>
/// What a long-lived process compares to know the store changed under it (imports may run in other processes):
/// every dataset's name, latest release and statement count.
/// </summary>
public static class StoreState
{
    public static string Of(IEnumerable<DatasetInfo> datasets) =>
        string.Join('\n', datasets.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"{d.Name}\t{d.Updated}\t{d.Statements}"));
}
