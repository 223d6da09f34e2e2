using System.Data.Common;
using Chokepoint.Datasets;
using Chokepoint.Model;
using Chokepoint.Statements;

namespace Chokepoint.Storage;

/// <summary>Rows to records for both engines, in the column order of their named queries.</summary>
internal static class StoreRows
{
    public static Statement ReadStatement(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        EntityId = r.GetString(1),
        Schema = r.GetString(2),
        Prop = r.GetString(3),
        Value = r.GetString(4),
        OriginalValue = NullableString(r, 5),
        Lang = NullableString(r, 6),
        Dataset = r.GetString(7),
        SourceId = NullableString(r, 8),
        Span = r.IsDBNull(9) || r.IsDBNull(10) ? null : new TextSpan(r.GetInt32(9), r.GetInt32(10)),
        Quote = NullableString(r, 11),
        Grading = NullableString(r, 12),
        FirstSeen = r.GetString(13),
        LastSeen = r.GetString(14),
    };

    public static DatasetInfo ReadDataset(DbDataReader r) => new()
    {
        Name = r.GetString(0),
        Title = NullableString(r, 1),
        Summary = NullableString(r, 2),
        License = NullableString(r, 3),
        Publisher = NullableString(r, 4),
        Url = NullableString(r, 5),
        Entities = r.GetInt64(6),
        Statements = r.GetInt64(7),
        Updated = NullableString(r, 8),
    };

    public static SourceInfo ReadSource(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Dataset = r.GetString(1),
        Kind = r.GetString(2),
        Title = NullableString(r, 3),
        Publisher = NullableString(r, 4),
        Url = NullableString(r, 5),
        Published = NullableString(r, 6),
        Grading = NullableString(r, 7),
        Sha256 = NullableString(r, 8),
    };

    public static ReleaseInfo ReadRelease(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4));

    /// <summary>Store statistics from the engine's <c>stats_totals</c> and <c>stats_schemata</c> commands and its dataset list.</summary>
    public static async Task<StoreStats> ReadStatsAsync(DbCommand totals, DbCommand schemata, IReadOnlyList<DatasetInfo> datasets, string? dataset, SchemaModel model, CancellationToken cancellationToken)
    {
        long entities = 0, statements = 0;
        await using (var reader = await totals.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
                (entities, statements) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        SortedDictionary<string, long> counts;
        await using (var reader = await schemata.ExecuteReaderAsync(cancellationToken))
            counts = await CountSchemataAsync(reader, model, cancellationToken);
        return new StoreStats(entities, statements, counts, datasets
            .Where(d => dataset is null || d.Name == dataset)
            .ToDictionary(d => d.Name, d => d.Statements, StringComparer.Ordinal));
    }

    /// <summary>
    /// Entities per schema from (entity_id, schema) rows ordered by entity id: an entity stated under
    /// several schemata counts once, under the most specific.
    /// </summary>
    public static async Task<SortedDictionary<string, long>> CountSchemataAsync(DbDataReader reader, SchemaModel model, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        string? entityId = null;
        Schema? schema = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            var next = model.TryGet(reader.GetString(1));
            if (id != entityId)
            {
                Count(counts, schema);
                (entityId, schema) = (id, next);
            }
            else if (schema is not null && next is not null)
            {
                schema = model.Common(schema, next) ?? schema;
            }
        }
        Count(counts, schema);
        return counts;
    }

    private static void Count(SortedDictionary<string, long> counts, Schema? schema)
    {
        if (schema is not null)
            counts[schema.Name] = counts.GetValueOrDefault(schema.Name) + 1;
    }

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
