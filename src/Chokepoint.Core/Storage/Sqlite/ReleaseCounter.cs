using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// Counts the statements and entities of a release that is the dataset's newest and new while they are written,
/// so the commit need not scan the dataset: its statements are exactly those written, once each. A statement
/// written twice comes twice in a row in one entity's sorted batch; an entity whose records are not adjacent in
/// the input makes the counts unknown (<see cref="Exact"/> false) and the commit counts with SQL instead.
/// </summary>
internal sealed class ReleaseCounter : IDisposable
{
    private readonly RawStatement _written;

    public ReleaseCounter(SqliteConnection connection, string release)
    {
        _written = new RawStatement(connection, SqliteSql.Get("entity_in_release"));
        _written.Text(_written.Parameter("$release"), release);
    }

    public long Statements { get; private set; }

    public long Entities { get; private set; }

    public bool Exact { get; private set; } = true;

    /// <summary>Call before the entity's batch is written.</summary>
    public void Add(ReadOnlySpan<StatementBuffer.Entry> sorted)
    {
        if (!Exact || sorted.IsEmpty)
            return;
        _written.Text(1, sorted[0].Statement.EntityId);
        var again = _written.Next() && _written.Int64(0) == 1;
        _ = _written.Next();
        if (again)
        {
            Exact = false;
            return;
        }
        Entities++;
        string? previous = null;
        foreach (var (statement, _) in sorted)
        {
            if (!string.Equals(statement.Id, previous, StringComparison.Ordinal))
                Statements++;
            previous = statement.Id;
        }
    }

    public void Dispose() => _written.Dispose();
}
