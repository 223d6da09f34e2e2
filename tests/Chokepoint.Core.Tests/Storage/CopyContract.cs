using Chokepoint.Datasets;
using Chokepoint.Security;
using Chokepoint.Storage;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>Moving a whole database into this engine and out again keeps every row and its history.</summary>
public abstract class CopyContract : StoreContract
{
    [StoreFact]
    public async Task Copy_moves_every_row_with_its_history_and_back()
    {
        var sourcePath = await SqliteStoreContract.CreateLocationAsync();
        var backPath = await SqliteStoreContract.CreateLocationAsync();
        try
        {
            var source = Open(sourcePath);
            await source.MigrateAsync();
            await ImportAsync(source, "ofac", "2024-01-01", ImportMode.Replace,
                S("ofac", "a", "Company", "name", "A"), S("ofac", "b", "Person", "name", "B") with { OriginalValue = "b", Span = new(3, 4), Quote = "B", Lang = "eng" });
            await ImportAsync(source, "ofac", "2024-02-01", ImportMode.Replace, S("ofac", "a", "Company", "name", "A"), S("ofac", "c", "Company", "name", "C"));
            // b comes back after a release without it: its range spans 2024-02-01, which the copy must carry as a gap.
            await ImportAsync(source, "ofac", "2024-03-01", ImportMode.Replace, S("ofac", "a", "Company", "name", "A"), S("ofac", "b", "Person", "name", "B") with { OriginalValue = "b", Span = new(3, 4), Quote = "B", Lang = "eng" });
            await ImportAsync(source, "notes", "2024-01-10", ImportMode.Append, S("notes", "a", "Company", "country", "by"));

            await AccessControl.For(source).Accounts.AddUserAsync("alice", Roles.Admin, "a long passphrase", AuditContext.Cli());
            await source.AddFalsePositiveAsync("peleng", "a", "Peleng");
            var download = new Chokepoint.Sources.Updates.DownloadState("ofac", "https://example.org/sdn.csv", null, null, "ff", null, "2024-02-01T00:00:00Z");
            await DownloadStates.For(source).SaveAsync(download);

            var result = await StoreCopy.RunAsync(source, Store);
            Assert.Equal(new StoreCopy.Result(2, 4, 1, 4, 1, 4), result);
            // Accounts and the audit log arrive whole; the copy's next record chains on and gets the next number.
            var access = AccessControl.For(Store);
            Assert.NotNull((await access.AuthenticatePasswordAsync("alice", "a long passphrase")).Principal);
            var audit = new AuditLog(SecurityDb.For(Store));
            Assert.Null(await audit.VerifyAsync());
            Assert.Equal(["a"], await Store.View.ListFalsePositivesAsync("peleng"));
            Assert.Equal(download, await DownloadStates.For(Store).GetAsync("ofac"));
            await AssertSameRowsAsync(source, Store);

            var back = Open(backPath);
            await back.MigrateAsync();
            await StoreCopy.RunAsync(Store, back);
            await AssertSameRowsAsync(source, back);
            Assert.Equal((await audit.ListAsync()).Select(r => r.Hash), (await new AuditLog(SecurityDb.For(back)).ListAsync()).Select(r => r.Hash));
            await access.Accounts.AddUserAsync("bob", Roles.Viewer, "a long passphrase", AuditContext.Cli());
            Assert.Equal([1L, 2, 3], (await audit.ListAsync()).Select(r => r.Seq));
            Assert.Null(await audit.VerifyAsync());
            var delta = Describe(await source.View.GetReleaseDeltaAsync("ofac", "2024-01-01", "2024-02-01", []));
            Assert.Equal(["+ c name C", "- b name B"], delta);
            Assert.Equal(delta, Describe(await Store.View.GetReleaseDeltaAsync("ofac", "2024-01-01", "2024-02-01", [])));
            Assert.Equal(delta, Describe(await back.View.GetReleaseDeltaAsync("ofac", "2024-01-01", "2024-02-01", [])));
            Assert.Equal(["+ b name B", "- c name C"], Describe(await back.View.GetReleaseDeltaAsync("ofac", "2024-02-01", "2024-03-01", [])));
            Assert.Empty(Describe(await Store.View.GetReleaseDeltaAsync("ofac", "2024-01-01", "2024-03-01", [])));

            // The copy carries on: a retired statement seen again keeps its first release.
            await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, S("ofac", "b", "Person", "name", "B") with { OriginalValue = "b", Span = new(3, 4), Quote = "B", Lang = "eng" });
            var b = (await Store.View.GetEntityAsync("b"))!;
            Assert.Equal(("2024-01-01", "2024-03-01"), (b.FirstSeen, b.LastSeen));
            Assert.Null(await Store.View.GetEntityAsync("c"));
        }
        finally
        {
            foreach (var store in new[] { sourcePath, backPath })
                await SqliteStoreContract.DeleteLocationAsync(store);
        }
    }

    [StoreFact]
    public async Task Copy_refuses_a_target_that_holds_data()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, S("ofac", "a", "Company", "name", "A"));
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StoreCopy.RunAsync(Store, Store));
        Assert.Contains("ofac", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Describe(Chokepoint.History.ReleaseDelta delta) =>
        delta.Changes.Select(c => $"{(c.Added ? "+" : "-")} {c.EntityId} {c.Prop} {c.Value}").Order(StringComparer.Ordinal).ToList();

    private static async Task AssertSameRowsAsync(IStore expected, IStore actual)
    {
        Assert.Equal(await expected.View.ListDatasetsAsync(), await actual.View.ListDatasetsAsync());
        Assert.Equal(await expected.View.ListSourcesAsync(null), await actual.View.ListSourcesAsync(null));
        foreach (var dataset in await expected.View.ListDatasetsAsync())
            Assert.Equal(await expected.View.ListReleasesAsync(dataset.Name), await actual.View.ListReleasesAsync(dataset.Name));
        var rows = await ToListAsync(expected.Archive.ReadStatementsAsync());
        Assert.Equal(4, rows.Count);
        Assert.Equal(rows, await ToListAsync(actual.Archive.ReadStatementsAsync()));
        Assert.Equal(rows.Count, await actual.Archive.CountStatementsAsync());
        Assert.Equal(await ToListAsync(expected.Archive.ReadReleaseGapsAsync()), await ToListAsync(actual.Archive.ReadReleaseGapsAsync()));
    }
}
