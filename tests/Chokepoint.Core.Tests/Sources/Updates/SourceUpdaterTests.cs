using System.Text;
using Chokepoint.Importing;
using Chokepoint.Sources.Eu;
using Chokepoint.Sources.Updates;
using Chokepoint.Storage;
using Xunit;

namespace Chokepoint.Core.Tests.Sources.Updates;

public class SourceUpdaterTests : IAsyncLifetime
{
    private ListServer _server = null!;
    private IStore _store = null!;
    private readonly HttpClient _http = new();
    private readonly byte[] _release1 = File.ReadAllBytes(ListImport.Fixture("eu_fsf_sample_deriv.xml"));

    public async Task InitializeAsync()
    {
        _server = await ListServer.StartAsync();
        _server.Content = _release1;
        _store = await StoreFactory.OpenAsync(ListImport.TempDb());
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _store.DisposeAsync();
        _http.Dispose();
    }

    private SourceUpdater Updater() => new(_store, DownloadStates.For(_store), new UpdateConfig
    {
        Retries = 2,
        RetryDelaySeconds = 0.01,
        TimeoutSeconds = 10,
        MaxDownloadBytes = 1 << 20,
        Sources = [new UpdateSource { Dataset = "eu_fsf", Format = EuFsfFormat.Name, Url = _server.Url }],
    }, _http, (_, path, options) => EuFsfFormat.Open(path, options));

    private async Task<UpdateOutcome> UpdateAsync() => (await Updater().UpdateAsync(null)).Single();

    /// <summary>The sample with its generation date moved and its last entity left out: a later release of the list.</summary>
    private byte[] Release2()
    {
        var text = Encoding.UTF8.GetString(_release1).Replace("generationDate=\"2020-04-15", "generationDate=\"2020-05-01", StringComparison.Ordinal);
        var last = text.LastIndexOf("<sanctionEntity ", StringComparison.Ordinal);
        var end = text.IndexOf("</sanctionEntity>", last, StringComparison.Ordinal) + "</sanctionEntity>".Length;
        return Encoding.UTF8.GetBytes(text.Remove(last, end - last));
    }

    [Fact]
    public async Task First_update_imports_and_the_next_is_answered_not_modified()
    {
        var first = await UpdateAsync();
        var second = await UpdateAsync();

        Assert.Equal(UpdateStatus.Imported, first.Status);
        Assert.Equal("2020-04-15", first.Release);
        Assert.Equal(UpdateStatus.NotModified, second.Status);
        Assert.Equal(1, _server.NotModifiedAnswers);
    }

    [Fact]
    public async Task Server_error_is_retried_then_imported()
    {
        _server.FailNext = 1;

        var outcome = await UpdateAsync();

        Assert.Equal(UpdateStatus.Imported, outcome.Status);
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task Truncated_download_fails_and_leaves_the_previous_release()
    {
        await UpdateAsync();
        var before = await _store.View.GetStatsAsync("eu_fsf");
        _server.Content = Release2();
        _server.ETag = "\"v2\"";
        _server.Truncate = true;

        var outcome = await UpdateAsync();

        Assert.Equal(UpdateStatus.Failed, outcome.Status);
        Assert.True(outcome.Message!.Contains("truncated", StringComparison.OrdinalIgnoreCase), outcome.Message);
        Assert.Equal(1 + 3, _server.Requests);
        Assert.Equal(before, await _store.View.GetStatsAsync("eu_fsf"), new StatsComparer());
        Assert.Single(await _store.View.ListReleasesAsync("eu_fsf"));
    }

    [Fact]
    public async Task Changed_file_becomes_a_new_release_and_same_bytes_are_not_imported_again()
    {
        await UpdateAsync();
        _server.Content = Release2();
        _server.ETag = "\"v2\"";
        var changed = await UpdateAsync();
        _server.ETag = "\"v3\"";
        var same = await UpdateAsync();

        Assert.Equal(UpdateStatus.Imported, changed.Status);
        Assert.Equal("2020-05-01", changed.Release);
        Assert.Equal(UpdateStatus.Unchanged, same.Status);
        Assert.Equal(["2020-04-15", "2020-05-01"], (await _store.View.ListReleasesAsync("eu_fsf")).Select(r => r.Release).Order());
        Assert.Equal(5, (await _store.View.GetStatsAsync("eu_fsf")).Schemata["Person"]);
    }

    [Fact]
    public async Task Invalid_file_fails_without_touching_the_current_release()
    {
        await UpdateAsync();
        _server.Content = Encoding.UTF8.GetBytes("<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><sanctionEntity logicalId=\"1\">");
        _server.ETag = "\"broken\"";

        var outcome = await UpdateAsync();

        Assert.Equal(UpdateStatus.Failed, outcome.Status);
        Assert.Equal("2020-04-15", (await _store.View.ListReleasesAsync("eu_fsf")).Single().Release);
    }

    private sealed class StatsComparer : IEqualityComparer<Chokepoint.Datasets.StoreStats>
    {
        public bool Equals(Chokepoint.Datasets.StoreStats? x, Chokepoint.Datasets.StoreStats? y) =>
            x!.Entities == y!.Entities && x.Statements == y.Statements && x.Schemata.OrderBy(k => k.Key).SequenceEqual(y.Schemata.OrderBy(k => k.Key));

        public int GetHashCode(Chokepoint.Datasets.StoreStats obj) => obj.Statements.GetHashCode();
    }
}
