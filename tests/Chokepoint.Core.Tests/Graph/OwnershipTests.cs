using Chokepoint.Graph;
using Chokepoint.Graph.Ownership;
using Xunit;

namespace Chokepoint.Core.Tests.Graph;

public sealed class OwnershipTests
{
    private static async Task<OwnershipAnalysis> AnalyseAsync(string? authority = null)
    {
        await using var store = await FixtureStore.LoadAsync(("ownership.ftm.json", "ownership"));
        var network = await NetworkLoader.LoadAsync(store.View, null);
        return OwnershipAnalysis.Run(network, authority);
    }

    [Fact]
    public async Task Exactly_fifty_percent_held_by_a_listed_person_blocks()
    {
        var report = (await AnalyseAsync()).Explain("c-direct");
        Assert.Equal("blocked by ownership", report.Status);
        Assert.Equal(50, report.Share);
        Assert.Equal("Listed Person -50%-> Direct Fifty", Assert.Single(report.Chains).Text);
    }

    [Fact]
    public async Task Two_listed_owners_with_30_and_25_percent_block_together()
    {
        var report = (await AnalyseAsync()).Explain("c-two");
        Assert.Equal("blocked by ownership", report.Status);
        Assert.Equal(55, report.Share);
        Assert.Equal(2, report.Chains.Count);
        Assert.Contains(report.Owners, o => o.OwnerId == "p-free" && !o.Counted && o.Percent == 45);
    }

    [Fact]
    public async Task Authority_filter_counts_only_that_authoritys_listings()
    {
        var analysis = await AnalyseAsync("US");
        Assert.Equal("not blocked", analysis.Explain("c-two").Status);
        Assert.Equal(30, analysis.Explain("c-two").Share);
        Assert.Equal("not blocked", analysis.Explain("c-topic-sub").Status);
        Assert.Equal("not blocked", analysis.Explain("c-subsub").Status);
    }

    [Fact]
    public async Task Chains_run_through_subsidiaries_that_are_themselves_blocked()
    {
        var analysis = await AnalyseAsync();
        Assert.Equal("Listed Person -50%-> Direct Fifty -60%-> Subsidiary of Direct", Assert.Single(analysis.Explain("c-sub").Chains).Text);
        var grandchild = analysis.Explain("c-subsub");
        Assert.Equal("blocked by ownership", grandchild.Status);
        Assert.Equal(50, grandchild.Share);
        Assert.Equal(
            ["Listed Person -50%-> Direct Fifty -60%-> Subsidiary of Direct -26%-> Grandchild", "Listed Person -30%-> Two Owners -24%-> Grandchild"],
            grandchild.Chains.Select(c => c.Text));
    }

    [Fact]
    public async Task Zero_and_unknown_shares_do_not_block_and_unknown_is_reported()
    {
        var analysis = await AnalyseAsync();
        var zero = analysis.Explain("c-zero");
        Assert.Equal(("not blocked", 0.0, 0), (zero.Status, zero.Share, zero.UnknownShares));
        var unknown = analysis.Explain("c-unknown");
        Assert.Equal(("not blocked", 0.0, 1), (unknown.Status, unknown.Share, unknown.UnknownShares));
        Assert.Null(Assert.Single(unknown.Owners).Percent);
        Assert.Equal("majority", unknown.Owners[0].Stated);
    }

    [Fact]
    public async Task A_cycle_does_not_block_itself_but_converges_once_fed()
    {
        var analysis = await AnalyseAsync();
        Assert.Equal(40, analysis.Explain("c-cyc-a").Share);
        Assert.Equal("not blocked", analysis.Explain("c-cyc-a").Status);
        Assert.Equal("not blocked", analysis.Explain("c-cyc-b").Status);
        var loopA = analysis.Explain("c-loop-a");
        Assert.Equal(("blocked by ownership", 80.0), (loopA.Status, loopA.Share));
        Assert.Equal("blocked by ownership", analysis.Explain("c-loop-b").Status);
        Assert.All(loopA.Chains, c => Assert.Equal("p-listed", c.Links[0].OwnerId));
    }

    [Fact]
    public async Task Topic_sanction_lists_and_repeated_relations_count_once()
    {
        var analysis = await AnalyseAsync();
        Assert.Equal("listed", analysis.Explain("c-topic").Status);
        Assert.Equal("blocked by ownership", analysis.Explain("c-topic-sub").Status);
        Assert.Equal(30, analysis.Explain("c-dup").Share);
        Assert.Equal("not blocked", analysis.Explain("c-49").Status);
    }

    [Fact]
    public async Task Blocked_by_ownership_lists_every_blocked_company_and_no_listed_one()
    {
        var ids = (await AnalyseAsync()).BlockedByOwnership().Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["c-direct", "c-loop-a", "c-loop-b", "c-sub", "c-subsub", "c-topic-sub", "c-two"], ids);
    }
}
