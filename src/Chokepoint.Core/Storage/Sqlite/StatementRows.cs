using Chokepoint.Statements;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// Reads statements (columns as in <c>entity_statements.sql</c>) straight from SQLite: the low-cardinality columns
/// (entity, schema, property, dataset, source, grading, dates) repeat row after row and reuse the previous row's string.
/// </summary>
internal sealed class StatementRows(RawStatement query)
{
    private Statement? _previous;

    public Statement? Next()
    {
        if (!query.Next())
            return null;
        var p = _previous;
        var statement = new Statement
        {
            Id = query.TextColumn(0),
            EntityId = query.TextColumn(1, p?.EntityId),
            Schema = query.TextColumn(2, p?.Schema),
            Prop = query.TextColumn(3, p?.Prop),
            Value = query.TextColumn(4),
            OriginalValue = query.Column(5),
            Lang = query.Column(6, p?.Lang),
            Dataset = query.TextColumn(7, p?.Dataset),
            SourceId = query.Column(8, p?.SourceId),
            Span = query.IsNull(9) || query.IsNull(10) ? null : new TextSpan((int)query.Int64(9), (int)query.Int64(10)),
            Quote = query.Column(11),
            Grading = query.Column(12, p?.Grading),
            FirstSeen = query.TextColumn(13, p?.FirstSeen),
            LastSeen = query.TextColumn(14, p?.LastSeen),
        };
        _previous = statement;
        return statement;
    }
}
