using Chokepoint.Datasets;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// What an import needs to know before its first statement: its release key, the dataset's newest release,
/// whether the dataset held any statement, and the next statement position.
/// </summary>
internal readonly record struct ImportStart(long Key, string Latest, bool DatasetWasEmpty, long Seq)
{
    /// <summary>Creates or updates the dataset and the release key; a full release forgets the members the key had.</summary>
    public static async Task<ImportStart> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, ImportPlan plan, string release, CancellationToken cancellationToken)
    {
        var dataset = plan.Dataset;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSql.Get("dataset_upsert");
        command.Parameters.AddWithValue("$name", dataset.Name);
        command.Parameters.AddWithValue("$title", (object?)dataset.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$summary", (object?)dataset.Summary ?? DBNull.Value);
        command.Parameters.AddWithValue("$license", (object?)dataset.License ?? DBNull.Value);
        command.Parameters.AddWithValue("$publisher", (object?)dataset.Publisher ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", (object?)dataset.Url ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);

        command.Parameters.Clear();
        command.CommandText = SqliteSql.Get("release_key");
        command.Parameters.AddWithValue("$dataset", dataset.Name);
        command.Parameters.AddWithValue("$release", release);
        long key;
        string latest;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                throw new InvalidOperationException($"release {release} of {dataset.Name} has no key");
            (key, latest) = (reader.GetInt64(0), reader.GetString(1));
        }

        command.Parameters.Clear();
        if (plan.Mode == ImportMode.Replace)
        {
            command.CommandText = SqliteSql.Get("release_clear");
            command.Parameters.AddWithValue("$key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            command.Parameters.Clear();
        }

        command.CommandText = SqliteSql.Get("seq_get");
        var seq = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) + 1;

        command.CommandText = SqliteSql.Get("dataset_holds");
        command.Parameters.AddWithValue("$dataset", dataset.Name);
        var holds = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
        return new ImportStart(key, latest, !holds, seq);
    }
}
