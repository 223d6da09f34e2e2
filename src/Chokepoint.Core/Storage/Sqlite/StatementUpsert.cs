using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// Writes one import's statements into <c>statements</c>, each a member of the import's release through its
/// release range (first_release..last_seen). A statement whose range grows over releases that lacked it gets
/// those releases as gaps. Unless the release is the dataset's newest and new, the statements written are also
/// noted in <c>temp.import_touched</c> for the commit's set-based gap and current updates. Each entity is noted
/// once in <c>dataset_entities</c>, through which a dataset's statements are read.
/// </summary>
internal sealed class StatementUpsert : IDisposable
{
    private readonly RawStatement _upsert;
    private readonly RawStatement _range;
    private readonly RawStatement _gap;
    private readonly RawStatement _entity;
    private readonly RawStatement? _touched;
    private readonly int _entityId, _id, _schema, _prop, _value, _originalValue, _lang, _sourceId,
        _spanStart, _spanEnd, _quote, _grading, _firstSeen, _seq, _ref, _force;
    private readonly IReadOnlySet<string> _entityProps;
    private readonly string _release;
    private readonly IReadOnlyList<(string Release, long Key)> _releases;

    public StatementUpsert(SqliteConnection connection, string dataset, string release, ImportStart start, IReadOnlySet<string> entityProps)
    {
        _entityProps = entityProps;
        _release = release;
        _releases = start.Releases;
        _upsert = new RawStatement(connection, SqliteSql.Get("statement_upsert"));
        _range = new RawStatement(connection, SqliteSql.Get("statement_range"));
        _gap = new RawStatement(connection, SqliteSql.Get("gap_add"));
        _entity = new RawStatement(connection, SqliteSql.Get("dataset_entity_add"));
        _entity.Text(1, dataset);
        if (!start.IsNewest(release))
            _touched = new RawStatement(connection, SqliteSql.Get("touched_add"));
        _upsert.Text(_upsert.Parameter("$dataset"), dataset);
        _upsert.Text(_upsert.Parameter("$release"), release);
        _upsert.Text(_upsert.Parameter("$previous"), start.Previous(release));
        _upsert.Text(_upsert.Parameter("$next"), start.Next(release));
        _force = _upsert.Parameter("$force");
        _upsert.Integer(_force, 0);
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
    }

    /// <summary>Writes the statements of one entity.</summary>
    public void Write(ReadOnlySpan<StatementBuffer.Entry> entries)
    {
        if (entries.IsEmpty)
            return;
        _entity.Text(2, entries[0].Statement.EntityId);
        _entity.Run();
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
            if (_upsert.Changes == 0)
                WriteOverGaps(s.EntityId, s.Id);
            if (_touched is not null)
            {
                _touched.Text(1, s.EntityId);
                _touched.Text(2, s.Id);
                _touched.Run();
            }
        }
    }

    /// <summary>The statement comes back after releases that lacked it (or an older release reaches back over them): those become gaps.</summary>
    private void WriteOverGaps(string entityId, string id)
    {
        _range.Text(1, entityId);
        _range.Text(2, id);
        if (!_range.Next())
            throw new InvalidOperationException($"statement {id} of {entityId} was neither inserted nor found");
        var (first, last) = (_range.TextColumn(0), _range.TextColumn(1));
        // The key is unique: the second step ends the query and resets it.
        _ = _range.Next();
        foreach (var (release, key) in _releases)
        {
            var lacked = string.CompareOrdinal(_release, last) > 0
                ? string.CompareOrdinal(release, last) > 0 && string.CompareOrdinal(release, _release) < 0
                : string.CompareOrdinal(release, _release) > 0 && string.CompareOrdinal(release, first) < 0;
            if (!lacked)
                continue;
            _gap.Integer(1, key);
            _gap.Text(2, entityId);
            _gap.Text(3, id);
            _gap.Run();
        }
        _upsert.Integer(_force, 1);
        _upsert.Run();
        _upsert.Integer(_force, 0);
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _range.Dispose();
        _gap.Dispose();
        _entity.Dispose();
        _touched?.Dispose();
    }
}
