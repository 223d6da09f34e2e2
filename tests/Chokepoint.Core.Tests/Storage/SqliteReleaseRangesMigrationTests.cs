using System.Globalization;
using Chokepoint.Model;
using Chokepoint.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>Migration 008 turns one statement_releases row per statement per release into release ranges and gaps.</summary>
public sealed class SqliteReleaseRangesMigrationTests : IAsyncLifetime
{
    private string _path = "";

    public async Task InitializeAsync() => _path = await SqliteStoreContract.CreateLocationAsync();

    public Task DisposeAsync() => SqliteStoreContract.DeleteLocationAsync(_path);

    [Fact]
    public async Task Membership_rows_become_ranges_with_gaps_and_diffs_stay_the_same()
    {
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await RunAsync(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var (name, sql) in Resources.ReadAll("Sqlite/Sql/migrations/"))
            {
                var file = Path.GetFileNameWithoutExtension(name);
                var version = int.Parse(file.AsSpan(0, 3), CultureInfo.InvariantCulture);
                if (version >= 8)
                    continue;
                await RunAsync(connection, sql);
                await RunAsync(connection, $"INSERT INTO schema_migrations VALUES ({version}, '{file}', '2024-01-01')");
            }
            // Three releases; alias left the middle one; old was only in the first; orphan lost its only release
            // when that release was imported again without it.
            await RunAsync(connection, """
                INSERT INTO datasets (name) VALUES ('ofac');
                INSERT INTO releases VALUES ('ofac', '2024-01-01', 'x', 1, 3), ('ofac', '2024-02-01', 'x', 1, 1), ('ofac', '2024-03-01', 'x', 1, 2);
                INSERT INTO release_keys (id, dataset, release) VALUES (1, 'ofac', '2024-01-01'), (2, 'ofac', '2024-02-01'), (3, 'ofac', '2024-03-01');
                INSERT INTO statements (entity_id, id, schema, prop, value, dataset, first_seen, last_seen, current, seq) VALUES
                  ('ofac-1', 'name', 'Company', 'name', 'Peleng', 'ofac', '2024-01-01', '2024-03-01', 1, 1),
                  ('ofac-1', 'alias', 'Company', 'alias', 'OAO Peleng', 'ofac', '2024-01-01', '2024-03-01', 1, 2),
                  ('ofac-1', 'old', 'Company', 'notes', 'Old', 'ofac', '2024-01-01', '2024-01-01', 0, 3),
                  ('ofac-1', 'orphan', 'Company', 'notes', 'Orphan', 'ofac', '2024-02-01', '2024-02-01', 0, 4);
                INSERT INTO statement_releases VALUES
                  (1, 'ofac-1', 'name'), (2, 'ofac-1', 'name'), (3, 'ofac-1', 'name'),
                  (1, 'ofac-1', 'alias'), (3, 'ofac-1', 'alias'), (1, 'ofac-1', 'old');
                """);
        }
        var store = new SqliteStore(_path, SchemaModel.Default);
        await using (store)
        {
            Assert.Equal(["008_release_ranges"], await store.MigrateAsync());
            Assert.Equal(["- ofac-1 alias OAO Peleng", "- ofac-1 notes Old"], await ChangesAsync(store, "2024-01-01", "2024-02-01"));
            Assert.Equal(["+ ofac-1 alias OAO Peleng"], await ChangesAsync(store, "2024-02-01", "2024-03-01"));
            Assert.Equal(["- ofac-1 notes Old"], await ChangesAsync(store, "2024-01-01", "2024-03-01"));
            var gaps = new List<string>();
            await foreach (var gap in store.Archive.ReadReleaseGapsAsync())
                gaps.Add($"{gap.Release} {gap.StatementId}");
            Assert.Equal(["2024-02-01 alias", "2024-02-01 orphan"], gaps);
            var first = new Dictionary<string, string>();
            await foreach (var stored in store.Archive.ReadStatementsAsync())
                first[stored.Statement.Id] = stored.FirstRelease;
            Assert.Equal(["alias 2024-01-01", "name 2024-01-01", "old 2024-01-01", "orphan 2024-02-01"],
                first.Select(p => $"{p.Key} {p.Value}").Order(StringComparer.Ordinal));
        }
    }

    private static async Task RunAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ChangesAsync(SqliteStore store, string from, string to) =>
        (await store.View.GetReleaseDeltaAsync("ofac", from, to, [])).Changes
            .Select(c => $"{(c.Added ? "+" : "-")} {c.EntityId} {c.Prop} {c.Value}").Order(StringComparer.Ordinal).ToList();
}
