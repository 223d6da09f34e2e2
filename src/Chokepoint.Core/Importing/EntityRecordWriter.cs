using Chokepoint.Model;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Importing;

/// <summary>Validates an <see cref="EntityRecord"/> against the schema and writes its statements.</summary>
public sealed class EntityRecordWriter(IStatementWriter writer, SchemaModel model, string defaultSourceId, Func<string, string?> gradingOf)
{
    public const int MaxIdLength = 128;

    public long Statements { get; private set; }

    /// <summary>Checks the whole record first, so a bad record writes nothing.</summary>
    public List<Statement> Validate(EntityRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.Id))
            throw Error(record, "id", "is missing");
        if (record.Id.Length > MaxIdLength || record.Id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw Error(record, "id", $"'{ValueCleaner.Shorten(record.Id)}' is not a valid id (at most {MaxIdLength} characters, no spaces)");
        var schema = model.TryGet(record.Schema) ?? throw Error(record, "schema", $"unknown schema '{ValueCleaner.Shorten(record.Schema)}'");
        if (schema.Abstract)
            throw Error(record, "schema", $"schema '{schema.Name}' is abstract; use one of its concrete descendants");
        var dataset = writer.Plan.Dataset.Name;
        var sourceId = record.SourceId ?? defaultSourceId;

        // A value from a list release is the same statement in the next release; a value from a
        // document is its own statement per document, each with its quote.
        var identitySource = record.SourceId;
        var grading = gradingOf(sourceId);
        var firstSeen = record.FirstSeen ?? writer.Release;
        var statements = new List<Statement>(record.Values.Count + record.Referents.Count);
        for (var i = 0; i < record.Values.Count; i++)
        {
            var (name, raw) = record.Values[i];
            var property = schema.GetProperty(name);
            if (property is null || property.Stub)
                throw Error(record, $"properties.{name}", $"schema {schema.Name} has no property '{ValueCleaner.Shorten(name)}'");
            if (!property.Type.TryClean(raw, out var value, out var problem))
                throw Error(record, $"properties.{name}[{Position(record, i)}]", problem!);
            // The model's own name string: later stages compare property names by reference first.
            var prop = property.Name;
            statements.Add(new Statement
            {
                Id = StatementIds.Make(dataset, record.Id, prop, value, identitySource),
                EntityId = record.Id,
                Schema = schema.Name,
                Prop = prop,
                Value = value,
                OriginalValue = value == raw ? null : raw,
                Dataset = dataset,
                SourceId = sourceId,
                Quote = record.Quote,
                Span = record.Span,
                Grading = grading,
                FirstSeen = firstSeen,
                LastSeen = writer.Release,
            });
        }
        foreach (var referent in record.Referents.Where(r => r != record.Id))
        {
            statements.Add(new Statement
            {
                Id = StatementIds.Make(dataset, record.Id, Statement.ReferentProp, referent, identitySource),
                EntityId = record.Id,
                Schema = schema.Name,
                Prop = Statement.ReferentProp,
                Value = referent,
                Dataset = dataset,
                SourceId = sourceId,
                Span = record.Span,
                Grading = grading,
                FirstSeen = firstSeen,
                LastSeen = writer.Release,
            });
        }
        if (statements.Count == 0)
            throw Error(record, "properties", "has no values; an entity needs at least one property value");
        return statements;
    }

    public async Task WriteAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
            await writer.AddAsync(statement, cancellationToken);
        Statements += statements.Count;
    }

    /// <summary>The index of value <paramref name="i"/> among the values of its property, for error messages.</summary>
    private static int Position(EntityRecord record, int i) =>
        record.Values.Take(i).Count(v => v.Key == record.Values[i].Key);

    private static ImportException Error(EntityRecord record, string field, string message) =>
        new(record.File, record.Line, field, message);
}
