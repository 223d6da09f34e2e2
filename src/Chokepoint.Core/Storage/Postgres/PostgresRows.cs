using Chokepoint.Datasets;
using Chokepoint.Statements;
using Npgsql;
using NpgsqlTypes;

namespace Chokepoint.Storage.Postgres;

/// <summary>Records to PostgreSQL parameters and COPY rows; reading rows is <see cref="StoreRows"/>.</summary>
internal static class PostgresRows
{
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

}
