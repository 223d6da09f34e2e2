using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>Writes one import's statements into <c>statements</c> and records them as members of its release.</summary>
internal sealed class StatementUpsert : IDisposable
{
    private readonly RawStatement _upsert;
    private readonly RawStatement _member;
    private readonly int _entityId, _id, _schema, _prop, _value, _originalValue, _lang, _sourceId,
        _spanStart, _spanEnd, _quote, _grading, _firstSeen, _seq, _ref, _memberEntityId, _memberId;
    private readonly IReadOnlySet<string> _entityProps;

    public StatementUpsert(SqliteConnection connection, string dataset, string release, long releaseKey, IReadOnlySet<string> entityProps)
    {
        _entityProps = entityProps;
        _upsert = new RawStatement(connection, SqliteSql.Get("statement_upsert"));
        _member = new RawStatement(connection, SqliteSql.Get("release_member"));
        _upsert.Text(_upsert.Parameter("$dataset"), dataset);
        _upsert.Text(_upsert.Parameter("$release"), release);
        _member.Integer(_member.Parameter("$key"), releaseKey);
        _entityId = _upsert.Parameter("$entity_id");
        _id = _upsert.Parameter("$id");
        _schema = _upsert.Parameter("$schema");
        _prop = _upsert.Parameter("$prop");
        _value = _upsert.Parameter("$value");
        _originalValue = _upsert.Parameter("$original_value");
        _lang = _upsert.Parameter("$lang");
        _sourceId = _upsert.Parameter("$source_id");
        _spanStart = _upsert.Parameter("$span_start");
        _spanEnd = _upsert.Parameter("$span_end");
        _quote = _upsert.Parameter("$quote");
        _grading = _upsert.Parameter("$grading");
        _firstSeen = _upsert.Parameter("$first_seen");
        _seq = _upsert.Parameter("$seq");
        _ref = _upsert.Parameter("$ref");
        _memberEntityId = _member.Parameter("$entity_id");
        _memberId = _member.Parameter("$id");
    }

    public void Write(ReadOnlySpan<StatementBuffer.Entry> entries)
    {
        foreach (var (s, seq) in entries)
        {
            _upsert.Text(_entityId, s.EntityId);
            _upsert.Text(_id, s.Id);
            _upsert.Text(_schema, s.Schema);
            _upsert.Text(_prop, s.Prop);
            _upsert.Text(_value, s.Value);
            _upsert.Text(_originalValue, s.OriginalValue);
            _upsert.Text(_lang, s.Lang);
            _upsert.Text(_sourceId, s.SourceId);
            _upsert.Integer(_spanStart, s.Span?.Start);
            _upsert.Integer(_spanEnd, s.Span?.End);
            _upsert.Text(_quote, s.Quote);
            _upsert.Text(_grading, s.Grading);
            _upsert.Text(_firstSeen, s.FirstSeen);
            _upsert.Integer(_seq, seq);
            _upsert.Integer(_ref, _entityProps.Contains(s.Prop) ? 1 : 0);
            _upsert.Run();
            _member.Text(_memberEntityId, s.EntityId);
            _member.Text(_memberId, s.Id);
            _member.Run();
        }
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _member.Dispose();
    }
}
