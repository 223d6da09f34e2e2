using System.Globalization;
using Chokepoint.Model;
using Npgsql;

namespace Chokepoint.Storage.Postgres;

/// <summary>
/// Applies <c>Sql/migrations/NNN_name.sql</c> in order, once each, recorded in <c>schema_migrations</c>,
/// in one transaction under an advisory lock so that concurrent starts do not race.
/// </summary>
internal static class PostgresMigrations
{
    public static async Task<IReadOnlyList<string>> ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var schema = new NpgsqlCommand("SELECT current_schema()", connection))
        {
            if (await schema.ExecuteScalarAsync(cancellationToken) is not string)
                throw new InvalidDataException("the PostgreSQL database has no schema on its search path to create tables in");
        }
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.schema_migrations'))", cancellationToken);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)", cancellationToken);
        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetInt32(0));
        }
        var names = new List<string>();
        foreach (var (name, sql) in Resources.ReadAll("Postgres/Sql/migrations/"))
        {
            var fileName = System.IO.Path.GetFileNameWithoutExtension(name);
            var version = int.Parse(fileName.AsSpan(0, 3), CultureInfo.InvariantCulture);
            if (applied.Contains(version))
                continue;
            await ExecuteAsync(connection, sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", connection);
            record.Parameters.AddWithValue("version", version);
            record.Parameters.AddWithValue("name", fileName);
            record.Parameters.AddWithValue("at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
            names.Add(fileName);
        }
        await transaction.CommitAsync(cancellationToken);
        return names;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
