using System.Globalization;
using System.Text;
using Chokepoint.Datasets;
using Chokepoint.Documents.Review;
using Chokepoint.Statements;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// Stages statements into a temporary table, then merges them into
/// <c>statements</c> in the same transaction on commit.
/// </summary>
internal sealed class SqliteStatementWriter : IStatementWriter
{
    private const int RowsPerInsert = 8;
    private const int Columns = 14;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly StagingInsert _stage;
    private long _seq;
    private bool _committed;

    private SqliteStatementWriter(SqliteConnection connection, SqliteTransaction transaction, ImportPlan plan, string release)
    {
        _connection = connection;
        _transaction = transaction;
        Plan = plan;
        Release = release;
        _stage = new StagingInsert(connection);
    }

    public ImportPlan Plan { get; }

    public string Release { get; }

    public static async Task<SqliteStatementWriter> StartAsync(SqliteConnection connection, ImportPlan plan, CancellationToken cancellationToken)
    {
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var release = plan.Release ?? DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        await using (var stage = connection.CreateCommand())
        {
            stage.Transaction = transaction;
            stage.CommandText = SqliteSql.Get("stage_create");
            await stage.ExecuteNonQueryAsync(cancellationToken);
            stage.CommandText = SqliteSql.Get("stage_clear");
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }
        var writer = new SqliteStatementWriter(connection, transaction, plan, release);
        await using (var seq = connection.CreateCommand())
        {
            seq.Transaction = transaction;
            seq.CommandText = SqliteSql.Get("seq_get");
            writer._seq = Convert.ToInt64(await seq.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) + 1;
        }
        var dataset = plan.Dataset;
        await writer.ExecuteAsync(SqliteSql.Get("dataset_upsert"), cancellationToken,
            ("$name", dataset.Name), ("$title", dataset.Title), ("$summary", dataset.Summary),
            ("$license", dataset.License), ("$publisher", dataset.Publisher), ("$url", dataset.Url));
        return writer;
    }

    public async Task AddSourceAsync(SourceInfo source, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(SqliteSql.Get("source_upsert"), cancellationToken,
            ("$id", source.Id), ("$dataset", source.Dataset), ("$kind", source.Kind), ("$title", source.Title),
            ("$publisher", source.Publisher), ("$url", source.Url), ("$published", source.Published),
            ("$grading", source.Grading), ("$sha256", source.Sha256));

    public ValueTask AddAsync(Statement statement, CancellationToken cancellationToken = default)
    {
        _stage.Add(statement, _seq++);
        return ValueTask.CompletedTask;
    }

    public async Task AddDocumentAsync(DocumentRecord document, IReadOnlyList<LinkReview> reviews, CancellationToken cancellationToken = default)
    {
        foreach (var (sql, parameters) in DocumentRows.Commands(document, reviews))
            await ExecuteAsync(sql, cancellationToken, parameters);
    }

    public async Task<DatasetInfo> CommitAsync(CancellationToken cancellationToken = default)
    {
        var dataset = Plan.Dataset.Name;
        var (key, latest) = await ReleaseKeyAsync(dataset, cancellationToken);
        if (Plan.Mode == ImportMode.Replace)
        {
            await ExecuteAsync(SqliteSql.Get("release_clear"), cancellationToken, ("$key", key));
            await ExecuteAsync(SqliteSql.Get("retire_dataset"), cancellationToken, ("$dataset", dataset));
        }
        await ExecuteAsync(SqliteSql.Get("stage_merge"), cancellationToken, ("$dataset", dataset), ("$release", Release));
        await ExecuteAsync(SqliteSql.Get("release_members"), cancellationToken, ("$key", key));
        if (Plan.Mode == ImportMode.Replace && string.CompareOrdinal(Release, latest) < 0)
            await ExecuteAsync(SqliteSql.Get("current_from_latest"), cancellationToken, ("$dataset", dataset));
        await ExecuteAsync(SqliteSql.Get("stage_clear"), cancellationToken);
        await ExecuteAsync(SqliteSql.Get("seq_set"), cancellationToken, ("$value", _seq));
        await ExecuteAsync(SqliteSql.Get("dataset_recount"), cancellationToken,
            ("$dataset", dataset), ("$release", Release), ("$key", key),
            ("$imported_at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
        return await SqliteStoreView.ReadDatasetAsync(_connection, null, dataset, cancellationToken)
            ?? throw new InvalidOperationException($"dataset {dataset} vanished during its import");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
            await _transaction.RollbackAsync();
        _stage.Dispose();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>The release's key (created when new) and the dataset's newest release.</summary>
    private async Task<(long Key, string Latest)> ReleaseKeyAsync(string dataset, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = SqliteSql.Get("release_key");
        command.Parameters.AddWithValue("$dataset", dataset);
        command.Parameters.AddWithValue("$release", Release);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException($"release {Release} of {dataset} has no key");
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
