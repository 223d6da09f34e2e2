using Chokepoint.Statements;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// Appends statements to the import's staging table through one raw prepared statement with positional
/// parameters: Microsoft.Data.Sqlite binds by name, which costs more than the insert itself at this volume.
/// </summary>
internal sealed class StagingInsert : IDisposable
{
    private const string Sql =
        "INSERT INTO import_statements (id, entity_id, schema, prop, value, original_value, lang, source_id, " +
        "span_start, span_end, quote, grading, first_seen, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public StagingInsert(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, Sql, out _statement));
    }

    public void Add(Statement s, long seq)
    {
        Text(1, s.Id);
        Text(2, s.EntityId);
        Text(3, s.Schema);
        Text(4, s.Prop);
        Text(5, s.Value);
        Text(6, s.OriginalValue);
        Text(7, s.Lang);
        Text(8, s.SourceId);
        Integer(9, s.Span?.Start);
        Integer(10, s.Span?.End);
        Text(11, s.Quote);
        Text(12, s.Grading);
        Text(13, s.FirstSeen);
        Integer(14, seq);
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
            Check(result);
    }

    private void Text(int index, string? value)
    {
        if (value is null)
            raw.sqlite3_bind_null(_statement, index);
        else
            raw.sqlite3_bind_text(_statement, index, value);
    }

    private void Integer(int index, long? value)
    {
        if (value is { } number)
            raw.sqlite3_bind_int64(_statement, index, number);
        else
            raw.sqlite3_bind_null(_statement, index);
    }

    private void Check(int result)
    {
        if (result is not raw.SQLITE_OK and not raw.SQLITE_DONE)
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
    }

    public void Dispose() => _statement.Dispose();
}
