using Chokepoint.Storage;

namespace Chokepoint.Search;

/// <summary>
/// The current names of one scope (a dataset, or every dataset) held in memory with a vocabulary of folded
/// tokens, so that a long-lived process finds the names containing a token without scanning the store.
/// </summary>
public sealed class NameSnapshot
{
    private readonly NameCandidate[] _names;
    private readonly Dictionary<string, int[]> _rowsByToken;

    public NameSnapshot(IReadOnlyList<NameCandidate> names)
    {
        _names = [.. names];
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var row = 0; row < _names.Length; row++)
        {
            foreach (var token in NameFolding.Tokens(_names[row].Name))
            {
                if (!rows.TryGetValue(token, out var list))
                    rows[token] = list = [];
                list.Add(row);
            }
        }
        _rowsByToken = rows.ToDictionary(r => r.Key, r => r.Value.ToArray(), StringComparer.Ordinal);
    }

    public int Count => _names.Length;

    /// <summary>
    /// Up to <paramref name="limit"/> names whose folded text contains <paramref name="foldedToken"/> (every name when it
    /// is null), in store order: the same answer as <see cref="IStoreView.FindNamesAsync"/>, since a token of letters and
    /// digits can only lie inside one token of the name.
    /// </summary>
    public IReadOnlyList<NameCandidate> Find(string? foldedToken, int limit)
    {
        if (foldedToken is null)
            return _names.Take(limit).ToList();
        var rows = new SortedSet<int>();
        foreach (var (token, tokenRows) in _rowsByToken)
        {
            if (token.Contains(foldedToken, StringComparison.Ordinal))
                rows.UnionWith(tokenRows);
        }
        return rows.Take(limit).Select(r => _names[r]).ToList();
    }
}
