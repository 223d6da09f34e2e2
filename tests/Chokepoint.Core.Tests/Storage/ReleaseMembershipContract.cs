using Chokepoint.Datasets;
using Chokepoint.Statements;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>
/// Which releases hold a statement, whatever order releases arrive in: a statement can leave a release and come
/// back, a release can be imported before older ones or again. Diffs, release counts and current statements agree.
/// </summary>
public abstract class ReleaseMembershipContract : StoreContract
{
    private static readonly Statement Name = S("ofac", "ofac-1", "Company", "name", "Peleng");
    private static readonly Statement Alias = S("ofac", "ofac-1", "Company", "alias", "OAO Peleng");

    [StoreFact]
    public async Task Statement_absent_from_the_middle_release_is_in_the_outer_two_only()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name);
        await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, Name, Alias);
        await AssertAliasOnlyOutsideFebruaryAsync();
        var alias = (await Store.View.GetEntityAsync("ofac-1"))!.Statements.Single(s => s.Prop == "alias");
        Assert.Equal(("2024-01-01", "2024-03-01"), (alias.FirstSeen, alias.LastSeen));
    }

    [StoreFact]
    public async Task Middle_release_imported_last_without_a_statement_leaves_it_in_the_outer_two()
    {
        await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name);
        await AssertAliasOnlyOutsideFebruaryAsync();
    }

    [StoreFact]
    public async Task Oldest_release_imported_last_reaches_back_over_a_release_that_lacked_the_statement()
    {
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name);
        await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name, Alias);
        await AssertAliasOnlyOutsideFebruaryAsync();
    }

    [StoreFact]
    public async Task Middle_release_imported_again_drops_and_takes_back_a_statement()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name);
        await AssertAliasOnlyOutsideFebruaryAsync();
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name, Alias);
        Assert.Empty(await ChangesAsync("2024-01-01", "2024-02-01"));
        Assert.Equal([2L, 2, 2], (await Store.View.ListReleasesAsync("ofac")).Select(r => r.Statements));
    }

    [StoreFact]
    public async Task Newest_release_imported_again_without_a_statement_retires_it()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name, Alias);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name);
        Assert.Equal(["- ofac-1 alias OAO Peleng"], await ChangesAsync("2024-01-01", "2024-02-01"));
        Assert.Empty((await Store.View.GetEntityAsync("ofac-1"))!.Get("alias"));
        Assert.Equal([2L, 1], (await Store.View.ListReleasesAsync("ofac")).Select(r => r.Statements));
    }

    [StoreFact]
    public async Task Statement_only_in_an_old_release_imported_last_is_not_current()
    {
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name);
        await ImportAsync("ofac", "2024-03-01", ImportMode.Replace, Name);
        var dataset = await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name, Alias);
        Assert.Equal((1, 1), (dataset.Entities, dataset.Statements));
        Assert.Equal(["- ofac-1 alias OAO Peleng"], await ChangesAsync("2024-01-01", "2024-02-01"));
        Assert.Empty(await ChangesAsync("2024-02-01", "2024-03-01"));
        Assert.Empty((await Store.View.GetEntityAsync("ofac-1"))!.Get("alias"));
    }

    [StoreFact]
    public async Task Append_to_a_release_keeps_what_it_held()
    {
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name);
        await ImportAsync("ofac", "2024-01-01", ImportMode.Append, Alias);
        Assert.Equal(["- ofac-1 alias OAO Peleng"], await ChangesAsync("2024-01-01", "2024-02-01"));
        Assert.Equal([2L, 1], (await Store.View.ListReleasesAsync("ofac")).Select(r => r.Statements));
    }

    [StoreFact]
    public async Task Release_counts_each_statement_and_entity_once_however_the_input_repeats_them()
    {
        var other = S("ofac", "ofac-2", "Company", "name", "Zenit");
        await ImportAsync("ofac", "2024-01-01", ImportMode.Replace, Name, Name, Alias);
        await ImportAsync("ofac", "2024-02-01", ImportMode.Replace, Name, other, Alias, Name, other);
        var releases = await Store.View.ListReleasesAsync("ofac");
        Assert.Equal([(1L, 2L), (2L, 3L)], releases.Select(r => (r.Entities, r.Statements)));
        var dataset = (await Store.View.GetDatasetAsync("ofac"))!;
        Assert.Equal((2, 3), (dataset.Entities, dataset.Statements));
    }

    private async Task AssertAliasOnlyOutsideFebruaryAsync()
    {
        Assert.Equal(["- ofac-1 alias OAO Peleng"], await ChangesAsync("2024-01-01", "2024-02-01"));
        Assert.Equal(["+ ofac-1 alias OAO Peleng"], await ChangesAsync("2024-02-01", "2024-03-01"));
        Assert.Empty(await ChangesAsync("2024-01-01", "2024-03-01"));
        Assert.Equal([2L, 1, 2], (await Store.View.ListReleasesAsync("ofac")).Select(r => r.Statements));
        Assert.Equal(["OAO Peleng"], (await Store.View.GetEntityAsync("ofac-1"))!.Get("alias"));
        Assert.Equal(2, (await Store.View.GetDatasetAsync("ofac"))!.Statements);
    }

    private async Task<List<string>> ChangesAsync(string from, string to) =>
        (await Store.View.GetReleaseDeltaAsync("ofac", from, to, [])).Changes
            .Select(c => $"{(c.Added ? "+" : "-")} {c.EntityId} {c.Prop} {c.Value}").Order(StringComparer.Ordinal).ToList();
}
