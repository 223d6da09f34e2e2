using Chokepoint.Datasets;
using Chokepoint.Documents.Review;
using Chokepoint.Statements;
using Chokepoint.Storage;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>The write side of the storage contract: migrations, all-or-nothing imports, releases over time.</summary>
public abstract class ImportContract : StoreContract
{
    [StoreFact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        Assert.Equal("001_init", Applied[0]);
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, S("ofac", "ofac-1", "Company", "name", "Peleng"));
        Assert.Empty(await Store.MigrateAsync());
        Assert.Empty(await Open(Location).MigrateAsync());
        Assert.Equal("Peleng", (await Store.View.GetEntityAsync("ofac-1"))!.Caption);
    }

    [StoreFact]
    public async Task Import_disposed_without_commit_leaves_nothing_behind()
    {
        await using (var writer = await BeginAsync(Store, "ofac", "2024-01-01", ImportMode.Replace))
        {
            for (var i = 0; i < 500; i++)
                await writer.AddAsync(S("ofac", $"ofac-{i}", "Company", "name", $"Firm {i}") with { FirstSeen = "2024-01-01", LastSeen = "2024-01-01" });
        }
        Assert.Empty(await Store.View.ListDatasetsAsync());
        Assert.Empty(await Store.View.ListSourcesAsync(null));
        Assert.Null(await Store.View.GetEntityAsync("ofac-1"));
        Assert.Equal(0, (await Store.View.GetStatsAsync(null)).Statements);
    }

    [StoreFact]
    public async Task Document_row_and_review_queue_commit_and_roll_back_with_the_statements()
    {
        var document = new DocumentRecord("doc-1", "docs", "text", null, 120, Protected: true, "test", null);
        LinkReview[] reviews = [new(0, "doc-1", "docs", "doc-1-m0", "Hajun", "organization", "bdib-hajun", "Hajun", 0.6, "surname", "pending")];
        await using (var writer = await BeginAsync(Store, "docs", "2024-01-01", ImportMode.Append))
        {
            await writer.AddAsync(S("docs", "doc-1", "Document", "title", "Note") with { FirstSeen = "2024-01-01", LastSeen = "2024-01-01" });
            await writer.AddDocumentAsync(document, reviews);
        }
        var queue = new ReviewQueue(Store);
        Assert.Empty(await queue.ListAsync(null, CancellationToken.None));
        Assert.False(await queue.IsProtectedAsync("doc-1", CancellationToken.None));

        await using (var writer = await BeginAsync(Store, "docs", "2024-01-01", ImportMode.Append))
        {
            await writer.AddAsync(S("docs", "doc-1", "Document", "title", "Note") with { FirstSeen = "2024-01-01", LastSeen = "2024-01-01" });
            await writer.AddDocumentAsync(document, reviews);
            await writer.CommitAsync();
        }
        var review = Assert.Single(await queue.ListAsync("pending", CancellationToken.None));
        Assert.Equal(("bdib-hajun", 0.6), (review.CandidateId, review.Confidence));
        Assert.True(await queue.IsProtectedAsync("doc-1", CancellationToken.None));
        await queue.DecideAsync(review, accept: true, CancellationToken.None);
        Assert.True((await queue.JudgementsAsync(CancellationToken.None))[("hajun", "bdib-hajun")]);
    }

    [StoreFact]
    public async Task Failed_release_leaves_the_previous_release_current()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, S("ofac", "ofac-1", "Company", "name", "Peleng"));
        await using (var writer = await BeginAsync(Store, "ofac", "2024-02-01", ImportMode.Replace))
        {
            await writer.AddAsync(S("ofac", "ofac-2", "Company", "name", "Zenit") with { FirstSeen = "2024-02-01", LastSeen = "2024-02-01" });
            // A source of a dataset that does not exist breaks the import half-way.
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
                writer.AddSourceAsync(new SourceInfo { Id = "orphan", Dataset = "no-such-dataset" }));
        }
        var entities = await ToListAsync(Store.View.StreamEntitiesAsync("ofac"));
        Assert.Equal(["ofac-1"], entities.Select(e => e.Id));
        Assert.Equal(["2024-01-01"], (await Store.View.ListReleasesAsync("ofac")).Select(r => r.Release));
        Assert.Equal("2024-01-01", (await Store.View.GetDatasetAsync("ofac"))!.Updated);
    }

    [StoreFact]
    public async Task Replace_release_retires_statements_it_lacks()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace,
            S("ofac", "ofac-1", "Company", "name", "Peleng"), S("ofac", "ofac-1", "Company", "country", "by"),
            S("ofac", "ofac-2", "Company", "name", "Zenit"));
        var dataset = await ImportAsync("ofac", "2024-02-01", ImportMode.Replace,
            S("ofac", "ofac-1", "Company", "name", "Peleng"), S("ofac", "ofac-3", "Person", "name", "Ivan Petrov"));
        Assert.Equal((2, 2), (dataset.Entities, dataset.Statements));
        Assert.Null(await Store.View.GetEntityAsync("ofac-2"));
        Assert.Empty((await Store.View.GetEntityAsync("ofac-1"))!.Get("country"));
        Assert.Equal(["ofac-1", "ofac-3"], (await ToListAsync(Store.View.StreamEntitiesAsync(null))).Select(e => e.Id));
    }

    [StoreFact]
    public async Task Append_adds_to_what_the_dataset_holds()
    {
        await ImportAsync("notes", "2024-01-01", ImportMode.Append, S("notes", "peleng", "Company", "name", "Peleng"));
        var dataset = await ImportAsync("notes", "2024-01-05", ImportMode.Append,
            S("notes", "peleng", "Company", "country", "by"), S("notes", "zenit", "Company", "name", "Zenit"));
        Assert.Equal((2, 3), (dataset.Entities, dataset.Statements));
        Assert.Equal(["by"], (await Store.View.GetEntityAsync("peleng"))!.Get("country"));
    }

    [StoreFact]
    public async Task First_seen_is_kept_and_last_seen_follows_each_release()
    {
        var name = S("ofac", "ofac-1", "Company", "name", "Peleng");
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, name);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, name, S("ofac", "ofac-1", "Company", "alias", "OAO Peleng"));
        await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, S("ofac", "ofac-1", "Company", "alias", "OAO Peleng"));
        await ImportAsync("ofac", "2024-04-01", ImportMode.Replace, name, S("ofac", "ofac-1", "Company", "alias", "OAO Peleng"));
        var entity = (await Store.View.GetEntityAsync("ofac-1"))!;
        var seen = entity.Statements.ToDictionary(s => s.Prop, s => (s.FirstSeen, s.LastSeen));
        Assert.Equal(("2024-01-01", "2024-04-01"), seen["name"]);
        Assert.Equal(("2024-02-01", "2024-04-01"), seen["alias"]);
        Assert.Equal(("2024-01-01", "2024-04-01"), (entity.FirstSeen, entity.LastSeen));
        var releases = await Store.View.ListReleasesAsync("ofac");
        Assert.Equal(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"], releases.Select(r => r.Release));
        Assert.Equal([1L, 2, 1, 2], releases.Select(r => r.Statements));
        Assert.Equal("2024-04-01", (await Store.View.GetDatasetAsync("ofac"))!.Updated);
    }

    [StoreFact]
    public async Task Statement_written_twice_in_one_import_is_stored_once_with_its_last_values()
    {
        var first = S("ofac", "ofac-1", "LegalEntity", "name", "Peleng");
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace,
            first, S("ofac", "ofac-1", "LegalEntity", "alias", "Пеленг"), first with { Schema = "Company", Grading = "B2" });
        var entity = (await Store.View.GetEntityAsync("ofac-1"))!;
        Assert.Equal(["name", "alias"], entity.Statements.Select(s => s.Prop));
        Assert.Equal(("Company", "B2"), (entity.Statements[0].Schema, entity.Statements[0].Grading));
        Assert.Equal(2, (await Store.View.GetDatasetAsync("ofac"))!.Statements);
    }

    [StoreFact]
    public async Task Release_delta_compares_any_two_releases_in_either_import_order()
    {
        var name = S("ofac", "ofac-1", "Company", "name", "Peleng");
        var owner = S("ofac", "own-1", "Ownership", "owner", "ofac-2");
        await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, name, S("ofac", "ofac-3", "Person", "name", "Ivanov"), owner);
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, name, S("ofac", "ofac-2", "Company", "name", "Zenit"));
        var delta = await Store.View.GetReleaseDeltaAsync("ofac", "2024-01-01", "2024-03-01", ["owner"]);
        Assert.Equal(["+ ofac-3 name Ivanov", "+ own-1 owner ofac-2", "- ofac-2 name Zenit"],
            delta.Changes.Select(c => $"{(c.Added ? "+" : "-")} {c.EntityId} {c.Prop} {c.Value}").Order(StringComparer.Ordinal));
        Assert.Equal(["ofac-1 Company True True", "ofac-2 Company True False", "ofac-3 Person False True", "own-1 Ownership False True"],
            delta.Entities.Select(e => $"{e.Id} {e.Schema} {e.InFrom} {e.InTo}").Order(StringComparer.Ordinal));
        Assert.Equal([("own-1", "ofac-2")], delta.Edges);
        // The older release imported last leaves the newest one current.
        Assert.Null(await Store.View.GetEntityAsync("ofac-2"));
        Assert.Equal([2L, 3], (await Store.View.ListReleasesAsync("ofac")).Select(r => r.Entities));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.View.GetReleaseDeltaAsync("ofac", "2024-01-01", "2099-01-01", []));
    }

    [StoreFact]
    public async Task First_release_of_a_dataset_stores_what_a_release_that_retires_an_older_one_stores()
    {
        Statement[] release =
        [
            S("ofac", "ofac-1", "Company", "name", "Peleng"), S("ofac", "ofac-1", "Company", "country", "by"),
            S("ofac", "ofac-2", "Person", "name", "Ivan Petrov"), S("ofac", "ofac-2", "Person", "alias", "Иван Петров"),
            S("ofac", "ofac-1", "Company", "alias", "OAO Peleng"),
        ];
        var fresh = await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, release);
        var location = await CreateLocationAsync();
        var other = StoreFactory.Create(location);
        try
        {
            await other.MigrateAsync();
            await ImportAsync(other, "ofac", "2024-01-01", ImportMode.Replace, S("ofac", "ofac-9", "Company", "name", "Zenit"));
            var retiring = await ImportAsync(other, "ofac", "2024-02-01", ImportMode.Replace, release);
            Assert.Equal((2, 5), (fresh.Entities, fresh.Statements));
            Assert.Equal((fresh.Entities, fresh.Statements), (retiring.Entities, retiring.Statements));
            Assert.Equal(
                (await ToListAsync(Store.View.StreamEntitiesAsync("ofac"))).Select(Describe),
                (await ToListAsync(other.View.StreamEntitiesAsync("ofac"))).Select(Describe));
        }
        finally
        {
            await other.DisposeAsync();
            await DeleteLocationAsync(location);
        }
    }

    [StoreFact]
    public async Task Importing_a_release_again_with_fewer_statements_retires_the_missing_ones()
    {
        var name = S("ofac", "ofac-1", "Company", "name", "Peleng");
        var alias = S("ofac", "ofac-1", "Company", "alias", "OAO Peleng");
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, name, alias);
        var again = await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, name);
        Assert.Equal((1, 1), (again.Entities, again.Statements));
        Assert.Empty((await Store.View.GetEntityAsync("ofac-1"))!.Get("alias"));
        var releases = await Store.View.ListReleasesAsync("ofac");
        Assert.Equal([1L], releases.Select(r => r.Statements));
    }

    [StoreFact]
    public async Task References_to_an_entity_come_from_its_current_entity_typed_values()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace,
            S("ofac", "ofac-1", "Company", "name", "Peleng"),
            S("ofac", "own-1", "Ownership", "owner", "ofac-2"), S("ofac", "own-1", "Ownership", "asset", "ofac-1"),
            S("ofac", "own-2", "Ownership", "asset", "ofac-1"));
        Assert.Equal(["own-1", "own-2"], (await Store.View.ListReferencesToAsync("ofac-1", 10, 0)).Select(r => r.EntityId));
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace,
            S("ofac", "ofac-1", "Company", "name", "Peleng"), S("ofac", "own-2", "Ownership", "asset", "ofac-1"));
        var references = await Store.View.ListReferencesToAsync("ofac-1", 10, 0);
        Assert.Equal([("own-2", "Ownership", "asset")], references.Select(r => (r.EntityId, r.Schema, r.Prop)));
    }
}
