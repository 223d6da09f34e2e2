using Chokepoint.Datasets;
using Chokepoint.Model;
using Npgsql;

namespace Chokepoint.Storage.Postgres;

/// <summary>The server engine: one PostgreSQL database (or schema), same contract and results as SQLite.</summary>
public sealed class PostgresStore : IStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionString, SchemaModel model)
    {
        Model = model;
        _dataSource = NpgsqlDataSource.Create(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        View = new PostgresStoreView(this);
        Archive = new PostgresArchive(this);
    }

    /// <summary>Where the store is, without the password.</summary>
    public string Location { get; }

    public SchemaModel Model { get; }

    public IStoreView View { get; }

    public IStoreArchive Archive { get; }

    public static PostgresStore FromUrl(string url, SchemaModel model) => new(PostgresLocation.ToConnectionString(url), model);

    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Synchronous open, for a per-request check whose caller cannot await.</summary>
    internal NpgsqlConnection Open() => _dataSource.OpenConnection();

    public async Task AddFalsePositiveAsync(string queryKey, string entityId, string query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, "judgement_add", cancellationToken,
            ("query_key", queryKey), ("entity_id", entityId), ("query", query),
            ("created_at", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public async Task RemoveFalsePositiveAsync(string queryKey, string entityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, "judgement_remove", cancellationToken, ("query_key", queryKey), ("entity_id", entityId));
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await PostgresMigrations.ApplyAsync(connection, cancellationToken);
    }

    public async Task<IStatementWriter> BeginImportAsync(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            return await PostgresStatementWriter.StartAsync(connection, plan, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
