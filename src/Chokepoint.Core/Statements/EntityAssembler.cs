using Chokepoint.Model;

namespace Chokepoint.Statements;

/// <summary>Builds entities from statements; statements of one entity must arrive together.</summary>
public static class EntityAssembler
{
    public static Entity Assemble(IReadOnlyList<Statement> statements, SchemaModel model)
    {
        if (statements.Count == 0)
            throw new ArgumentException("an entity needs at least one statement", nameof(statements));
        var schema = model.Get(statements[0].Schema);
        foreach (var statement in statements)
        {
            if (statement.Schema != schema.Name && model.TryGet(statement.Schema) is { } other)
                schema = model.Common(schema, other) ?? schema;
        }
        var entity = new Entity(statements[0].EntityId, schema);
        foreach (var statement in statements)
        {
            entity.Statements.Add(statement);
            entity.Datasets.Add(statement.Dataset);
            if (statement.Prop == Statement.ReferentProp)
                entity.Referents.Add(statement.Value);
            else
                entity.Add(statement.Prop, statement.Value);
            if (entity.FirstSeen is null || string.CompareOrdinal(statement.FirstSeen, entity.FirstSeen) < 0)
                entity.FirstSeen = statement.FirstSeen;
            if (entity.LastSeen is null || string.CompareOrdinal(statement.LastSeen, entity.LastSeen) > 0)
                entity.LastSeen = statement.LastSeen;
        }
        return entity;
    }

    /// <summary>The one entity that a stream of its statements makes; null when the stream is empty.</summary>
    public static async Task<Entity?> AssembleOneAsync(IAsyncEnumerable<Statement> statements, SchemaModel model, CancellationToken cancellationToken = default)
    {
        var all = new List<Statement>();
        await foreach (var statement in statements.WithCancellation(cancellationToken))
            all.Add(statement);
        return all.Count == 0 ? null : Assemble(all, model);
    }

    /// <summary>Groups a stream of statements ordered by entity id into entities.</summary>
    public static async IAsyncEnumerable<Entity> AssembleAll(
        IAsyncEnumerable<Statement> ordered,
        SchemaModel model,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<Statement>();
        await foreach (var statement in ordered.WithCancellation(cancellationToken))
        {
            if (batch.Count > 0 && batch[0].EntityId != statement.EntityId)
            {
                yield return Assemble(batch, model);
                batch = [];
            }
            batch.Add(statement);
        }
        if (batch.Count > 0)
            yield return Assemble(batch, model);
    }
}
