using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// One prepared statement run many times through SQLite's own API: Microsoft.Data.Sqlite re-binds every named
/// parameter on each execution, which costs more than the insert itself at import volume. Bindings survive a
/// reset, so a parameter whose value did not change since the previous row is not bound again.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly string?[] _texts;
    private readonly long?[] _integers;
    private readonly bool[] _bound;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        var count = raw.sqlite3_bind_parameter_count(_statement) + 1;
        (_texts, _integers, _bound) = (new string?[count], new long?[count], new bool[count]);
    }

    /// <summary>The position of a named parameter (<c>$name</c>) in the SQL.</summary>
    public int Parameter(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(_statement, name);
        return index > 0 ? index : throw new ArgumentException($"the SQL has no parameter {name}", nameof(name));
    }

    public void Text(int index, string? value)
    {
        if (_bound[index] && string.Equals(_texts[index], value, StringComparison.Ordinal))
            return;
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));
        (_texts[index], _bound[index]) = (value, true);
    }

    public void Integer(int index, long? value)
    {
        if (_bound[index] && _integers[index] == value)
            return;
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, index, number) : raw.sqlite3_bind_null(_statement, index));
        (_integers[index], _bound[index]) = (value, true);
    }

    /// <summary>Steps to the next row of a query; false (and reset) after the last.</summary>
    public bool Next()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
            return true;
        raw.sqlite3_reset(_statement);
        Check(result);
        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>A text column; <paramref name="previous"/> is returned when the bytes are the same, so repeated values share one string.</summary>
    public string? Column(int column, string? previous = null) => IsNull(column) ? null : TextColumn(column, previous);

    /// <summary>
    /// A NOT NULL text column, as <see cref="Column"/> but without asking for its type first: each call into SQLite
    /// costs a handle reference and a mutex, and reading every statement makes fifteen of them per row.
    /// </summary>
    public string TextColumn(int column, string? previous = null)
    {
        var bytes = raw.sqlite3_column_blob(_statement, column);
        if (previous is not null && previous.Length == bytes.Length && System.Text.Ascii.Equals(bytes, previous))
            return previous;
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Rows the last <see cref="Run"/> inserted or updated (0 when an upsert's WHERE left the row alone).</summary>
    public int Changes => raw.sqlite3_changes(_db);

    public void Run()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
            Check(result);
    }

    private void Check(int result)
    {
        if (result is not raw.SQLITE_OK and not raw.SQLITE_DONE)
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
    }

    public void Dispose() => _statement.Dispose();
}
