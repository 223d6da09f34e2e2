using System.Globalization;
using Chokepoint.Datasets;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Storage.Sqlite;

/// <summary>
/// What an import needs to know before its first statement: its release key, the dataset's releases (in release
/// order, with their keys), whether the dataset held any statement, and the next statement position.
/// </summary>
internal sealed record ImportStart(long Key, bool IsNew, IReadOnlyList<(string Release, long Key)> Releases, bool DatasetWasEmpty, long Seq)
{
    /// <summary>
    /// The common case: a release newer than every release of the dataset and not imported before. Then the
    /// statements it writes are exactly those whose last_seen becomes the release, and no gap can involve it.
    /// </summary>
    public bool IsNewest(string release) => IsNew && string.CompareOrdinal(release, Releases[^1].Release) == 0;

    public (string Release, long Key) Latest => Releases[^1];

    /// <summary>The dataset's release just before <paramref name="release"/> (null for its oldest).</summary>
    public string? Previous(string release) => Releases.Select(r => r.Release).LastOrDefault(r => string.CompareOrdinal(r, release) < 0);

    /// <summary>The dataset's release just after <paramref name="release"/> (null for its newest).</summary>
    public string? Next(string release) => Releases.Select(r => r.Release).FirstOrDefault(r => string.CompareOrdinal(r, release) > 0);

    /// <summary>Creates or updates the dataset and the release key.</summary>
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
        command.CommandText = SqliteSql.Get("release_key_get");
        command.Parameters.AddWithValue("$dataset", dataset.Name);
        command.Parameters.AddWithValue("$release", release);
        var isNew = await command.ExecuteScalarAsync(cancellationToken) is null;
        command.CommandText = SqliteSql.Get("release_key");
        long key = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
                key = reader.GetInt64(0);
        }
        if (key == 0)
            throw new InvalidOperationException($"release {release} of {dataset.Name} has no key");

        command.Parameters.Clear();
        command.CommandText = SqliteSql.Get("release_dataset_keys");
        command.Parameters.AddWithValue("$dataset", dataset.Name);
        var releases = new List<(string, long)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                releases.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        command.CommandText = SqliteSql.Get("dataset_holds");
        var holds = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
        command.Parameters.Clear();
        command.CommandText = SqliteSql.Get("seq_get");
        var seq = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) + 1;
        return new ImportStart(key, isNew, releases, !holds, seq);
    }
}
