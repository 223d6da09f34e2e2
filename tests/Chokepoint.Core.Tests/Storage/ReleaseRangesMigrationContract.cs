using System.Data.Common;
using Chokepoint.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>
/// The release-ranges migration (SQLite 008, PostgreSQL 007) turns one statement_releases row per statement per
/// release into release ranges and gaps. The store is taken back to the older format by hand, filled, migrated again.
/// </summary>
public abstract class ReleaseRangesMigrationContract : StoreContract
{
    [StoreFact]
    public async Task Membership_rows_become_ranges_with_gaps_and_diffs_stay_the_same()
    {
        // Three releases; alias left the middle one; old was only in the first; orphan lost its only release
        // when that release was imported again without it.
        await ExecuteAsync(OlderFormat + """
            DROP TABLE statement_gaps;
            ALTER TABLE statements DROP COLUMN first_release;
            CREATE TABLE statement_releases (release_key INTEGER NOT NULL, entity_id TEXT NOT NULL, statement_id TEXT NOT NULL, PRIMARY KEY (release_key, entity_id, statement_id));
            DELETE FROM schema_migrations WHERE name LIKE '%release_ranges';
            INSERT INTO datasets (name) VALUES ('ofac');
            INSERT INTO releases (dataset, release, imported_at, entity_count, statement_count)
              VALUES ('ofac', '2024-01-01', 'x', 1, 3), ('ofac', '2024-02-01', 'x', 1, 1), ('ofac', '2024-03-01', 'x', 1, 2);
            INSERT INTO release_keys (id, dataset, release) VALUES (1, 'ofac', '2024-01-01'), (2, 'ofac', '2024-02-01'), (3, 'ofac', '2024-03-01');
            INSERT INTO statements (entity_id, id, schema, prop, value, dataset, first_seen, last_seen, current) VALUES
              ('ofac-1', 'name', 'Company', 'name', 'Peleng', 'ofac', '2024-01-01', '2024-03-01', TRUE),
              ('ofac-1', 'alias', 'Company', 'alias', 'OAO Peleng', 'ofac', '2024-01-01', '2024-03-01', TRUE),
              ('ofac-1', 'old', 'Company', 'notes', 'Old', 'ofac', '2024-01-01', '2024-01-01', FALSE),
              ('ofac-1', 'orphan', 'Company', 'notes', 'Orphan', 'ofac', '2024-02-01', '2024-02-01', FALSE);
            INSERT INTO statement_releases VALUES
              (1, 'ofac-1', 'name'), (2, 'ofac-1', 'name'), (3, 'ofac-1', 'name'),
              (1, 'ofac-1', 'alias'), (3, 'ofac-1', 'alias'), (1, 'ofac-1', 'old');
            """);
        Assert.Contains(await Store.MigrateAsync(), name => name.EndsWith("_release_ranges", StringComparison.Ordinal));
        Assert.Equal(["- ofac-1 alias OAO Peleng", "- ofac-1 notes Old"], await ChangesAsync("2024-01-01", "2024-02-01"));
        Assert.Equal(["+ ofac-1 alias OAO Peleng"], await ChangesAsync("2024-02-01", "2024-03-01"));
        Assert.Equal(["- ofac-1 notes Old"], await ChangesAsync("2024-01-01", "2024-03-01"));
        Assert.Equal(["2024-02-01 alias", "2024-02-01 orphan"],
            (await ToListAsync(Store.Archive.ReadReleaseGapsAsync())).Select(g => $"{g.Release} {g.StatementId}"));
        Assert.Equal(["alias 2024-01-01", "name 2024-01-01", "old 2024-01-01", "orphan 2024-02-01"],
            (await ToListAsync(Store.Archive.ReadStatementsAsync())).Select(s => $"{s.Statement.Id} {s.FirstRelease}").Order(StringComparer.Ordinal));
    }

    /// <summary>What else the engine changed after the release ranges, taken back first.</summary>
    protected virtual string OlderFormat => "";

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = PostgresLocation.IsUrl(Location)
            ? new NpgsqlConnection(PostgresLocation.ToConnectionString(Location))
            : new SqliteConnection($"Data Source={Location}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> ChangesAsync(string from, string to) =>
        (await Store.View.GetReleaseDeltaAsync("ofac", from, to, [])).Changes
            .Select(c => $"{(c.Added ? "+" : "-")} {c.EntityId} {c.Prop} {c.Value}").Order(StringComparer.Ordinal).ToList();
}
