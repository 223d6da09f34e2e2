using System.Globalization;
using Chokepoint.Datasets;
using Chokepoint.Documents.Review;
using Chokepoint.Statements;
using Npgsql;
using NpgsqlTypes;

namespace Chokepoint.Storage.Postgres;

/// <summary>
/// Streams statements with binary COPY into a temporary table, then merges them into <c>statements</c>
/// with one set-based upsert, all in the import's one transaction.
/// </summary>
internal sealed class PostgresStatementWriter : IStatementWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private NpgsqlBinaryImporter? _copy;
    private long _position;

    private PostgresStatementWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, ImportPlan plan, string release)
    {
        _connection = connection;
        _transaction = transaction;
        Plan = plan;
        Release = release;
    }

    public ImportPlan Plan { get; }

    public string Release { get; }

    public static async Task<PostgresStatementWriter> StartAsync(NpgsqlConnection connection, ImportPlan plan, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var release = plan.Release ?? DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var writer = new PostgresStatementWriter(connection, transaction, plan, release);
        try
        {
            await PostgresSql.ExecuteAsync(connection, "stage_create", cancellationToken);
            var dataset = plan.Dataset;
            await PostgresSql.ExecuteAsync(connection, "dataset_upsert", cancellationToken,
                ("name", dataset.Name), ("title", dataset.Title), ("summary", dataset.Summary),
                ("license", dataset.License), ("publisher", dataset.Publisher), ("url", dataset.Url));
            return writer;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public async Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default)
    {
        await EndCopyAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(_connection, "source_upsert", cancellationToken, PostgresRows.SourceParameters(source));
    }

    public async ValueTask AddAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        _copy ??= await _connection.BeginBinaryImportAsync(PostgresSql.Get("stage_copy"), cancellationToken);
        await _copy.StartRowAsync(cancellationToken);
        await _copy.WriteAsync(_position++, NpgsqlDbType.Bigint, cancellationToken);
        await PostgresRows.WriteStatementAsync(_copy, statement, withDataset: false, cancellationToken);
        await _copy.WriteAsync(statement.FirstSeen, NpgsqlDbType.Text, cancellationToken);
    }

    public async Task AddDocumentAsync(DocumentRecord document, IReadOnlyList<LinkReview> reviews, CancellationToken cancellationToken = default)
    {
        await EndCopyAsync(cancellationToken);
        foreach (var (sql, parameters) in DocumentRows.Commands(document, reviews))
        {
            await using var command = new NpgsqlCommand(sql, _connection, _transaction);
            foreach (var (name, value) in parameters)
                command.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<DatasetInfo> CommitAsync(CancellationToken cancellationToken = default)
    {
        await EndCopyAsync(cancellationToken);
        var dataset = Plan.Dataset.Name;
        var replace = Plan.Mode == ImportMode.Replace;
        var before = await ReleasesAsync(dataset, cancellationToken);
        var isNew = !before.Any(r => r.Release == Release);
        await PostgresSql.ExecuteAsync(_connection, "release_key_add", cancellationToken, ("dataset", dataset), ("release", Release));
        var releases = await ReleasesAsync(dataset, cancellationToken);
        var key = releases.Single(r => r.Release == Release).Key;
        var (latest, latestKey) = releases[^1];
        // The common case, as in SQLite: the newest release and new, so no gap can involve it.
        var newest = isNew && latest == Release;
        await PostgresSql.ExecuteAsync(_connection, "stage_index", cancellationToken);
        if (before.Count > 0)
            await PostgresSql.ExecuteAsync(_connection, "gaps_extend", cancellationToken, ("dataset", dataset), ("release", Release));
        await PostgresSql.ExecuteAsync(_connection, "stage_merge", cancellationToken, ("dataset", dataset), ("release", Release));
        if (!isNew)
            await PostgresSql.ExecuteAsync(_connection, "gaps_clear_touched", cancellationToken, ("key", key));
        if (replace && !newest)
        {
            await PostgresSql.ExecuteAsync(_connection, "gaps_untouched", cancellationToken, ("dataset", dataset), ("release", Release), ("key", key));
            await PostgresSql.ExecuteAsync(_connection, "current_from_latest", cancellationToken, ("dataset", dataset), ("latest", latest), ("latest_key", latestKey));
        }
        else if (replace && before.Count > 0)
            await PostgresSql.ExecuteAsync(_connection, "retire_absent", cancellationToken, ("dataset", dataset), ("release", Release));
        await PostgresSql.ExecuteAsync(_connection, "dataset_recount", cancellationToken,
            ("dataset", dataset), ("release", Release), ("key", key),
            ("imported_at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        await _transaction.CommitAsync(cancellationToken);
        await using var command = PostgresSql.Command(_connection, "dataset_get", ("name", dataset));
        var rows = await PostgresSql.ReadAllAsync(command, StoreRows.ReadDataset, cancellationToken);
        return rows.Count > 0 ? rows[0] : throw new InvalidOperationException($"dataset {dataset} vanished during its import");
    }

    /// <summary>The dataset's releases in release order, with their keys.</summary>
    private async Task<IReadOnlyList<(string Release, long Key)>> ReleasesAsync(string dataset, CancellationToken cancellationToken)
    {
        await using var command = PostgresSql.Command(_connection, "release_key", ("dataset", dataset));
        return await PostgresSql.ReadAllAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an unfinished COPY cancels it; disposing an uncommitted transaction rolls it back.
        if (_copy is not null)
            await _copy.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task EndCopyAsync(CancellationToken cancellationToken)
    {
        if (_copy is null)
            return;
        await _copy.CompleteAsync(cancellationToken);
        await _copy.DisposeAsync();
        _copy = null;
    }
}
