using System.Globalization;
using Chokepoint.Model;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>Applies <c>Sql/migrations/NNN_name.sql</c> in order, once each, recorded in <c>schema_migrations</c>.</summary>
internal static class SqliteMigrations
{
    public static async Task<IReadOnlyList<string>> ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var applied = new HashSet<int>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetInt32(0));
        }
        var names = new List<string>();
        foreach (var (name, sql) in Resources.ReadAll("Sqlite/Sql/migrations/"))
        {
            var fileName = System.IO.Path.GetFileNameWithoutExtension(name);
            var version = int.Parse(fileName.AsSpan(0, 3), CultureInfo.InvariantCulture);
            if (applied.Contains(version))
                continue;
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var migrate = connection.CreateCommand())
            {
                migrate.Transaction = transaction;
                migrate.CommandText = sql;
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$name", fileName);
                record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            names.Add(fileName);
        }
        return names;
    }
}
