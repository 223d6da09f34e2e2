using Chokepoint.Statements;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// The statements of one entity, held until the next entity arrives and then written in statement id order,
/// so that the entity's rows land on neighbouring B-tree pages. A statement written twice stays in arrival order.
/// </summary>
internal sealed class StatementBuffer
{
    private static readonly Comparison<Entry> ById = (a, b) =>
    {
        var order = string.CompareOrdinal(a.Statement.Id, b.Statement.Id);
        return order != 0 ? order : a.Seq.CompareTo(b.Seq);
    };

    private Entry[] _entries = new Entry[256];

    public int Count { get; private set; }

    public string? EntityId => Count > 0 ? _entries[0].Statement.EntityId : null;

    public void Add(Statement statement, long seq)
    {
        if (Count == _entries.Length)
            Array.Resize(ref _entries, _entries.Length * 2);
        _entries[Count++] = new Entry(statement, seq);
    }

    /// <summary>The statements in id order; valid until the next <see cref="Clear"/>.</summary>
    public ReadOnlySpan<Entry> Sorted()
    {
        var entries = _entries.AsSpan(0, Count);
        entries.Sort(ById);
        return entries;
    }

    public void Clear()
    {
        Array.Clear(_entries, 0, Count);
        Count = 0;
    }

    internal readonly record struct Entry(Statement Statement, long Seq);
}
