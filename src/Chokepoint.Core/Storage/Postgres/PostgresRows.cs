using Chokepoint.Datasets;
using Chokepoint.Statements;
using Npgsql;
using NpgsqlTypes;

namespace Chokepoint.Storage.Postgres;

/// <summary>Rows to records and back, in the column order of the named queries.</summary>
internal static class PostgresRows
{
    public static Statement ReadStatement(NpgsqlDataReader r) => new()
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

    public static DatasetInfo ReadDataset(NpgsqlDataReader r) => new()
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

    public static SourceInfo ReadSource(NpgsqlDataReader r) => new()
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

    public static ReleaseInfo ReadRelease(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4));

    public static (string, object?)[] SourceParameters(SourceInfo source) =>
    [
        ("id", source.Id), ("dataset", source.Dataset), ("kind", source.Kind), ("title", source.Title),
        ("publisher", source.Publisher), ("url", source.Url), ("published", source.Published),
        ("grading", source.Grading), ("sha256", source.Sha256),
    ];

    /// <summary>Writes the columns from id to grading (the order of stage_copy.sql and restore_copy.sql after their leading column).</summary>
    public static async Task WriteStatementAsync(NpgsqlBinaryImporter copy, Statement s, bool withDataset, CancellationToken cancellationToken)
    {
        await copy.WriteAsync(s.Id, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(s.EntityId, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(s.Schema, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(s.Prop, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(s.Value, NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(copy, s.OriginalValue, cancellationToken);
        await WriteTextAsync(copy, s.Lang, cancellationToken);
        if (withDataset)
            await copy.WriteAsync(s.Dataset, NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(copy, s.SourceId, cancellationToken);
        if (s.Span is { } span)
        {
            await copy.WriteAsync(span.Start, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(span.End, NpgsqlDbType.Integer, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
            await copy.WriteNullAsync(cancellationToken);
        }
        await WriteTextAsync(copy, s.Quote, cancellationToken);
        await WriteTextAsync(copy, s.Grading, cancellationToken);
    }

    private static async Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
            await copy.WriteNullAsync(cancellationToken);
        else
            await copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
    }

    private static string? NullableString(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
