using Chokepoint.Documents.Review;
using Chokepoint.Sources.Updates;
using Chokepoint.Storage;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>The tables beside the statements (review queue, link judgements, download states) on each engine.</summary>
public abstract class TablesContract : StoreContract
{
    [StoreFact]
    public async Task Review_queue_keeps_pending_links_and_decisions_become_judgements()
    {
        var queue = new ReviewQueue(Store);
        LinkReview Review(string mention, string candidate, double confidence) =>
            new(0, "doc-1", "news", mention, "Peleng", "Company", candidate, "Peleng OJSC", confidence, "name match", "pending");
        await SaveAsync(new DocumentRecord("doc-1", "news", "text", null, 120, false, "extract-v1", null),
            [Review("m-1", "bdib-peleng", 0.61), Review("m-2", "ofac-1", 0.55), Review("m-1", "bdib-peleng", 0.61)]);
        await SaveAsync(new DocumentRecord("doc-1", "news", "text", null, 120, true, "extract-v1", "ocr"), []);
        await SaveAsync(new DocumentRecord("doc-1", "news", "text", null, 120, false, "extract-v1", null), []);
        Assert.True(await queue.IsProtectedAsync("doc-1", CancellationToken.None));
        Assert.False(await queue.IsProtectedAsync("doc-2", CancellationToken.None));

        var pending = await queue.ListAsync("pending", CancellationToken.None);
        Assert.Equal([("m-1", 0.61), ("m-2", 0.55)], pending.Select(r => (r.MentionId, r.Confidence)));
        await queue.DecideAsync(pending[0], accept: false, CancellationToken.None);
        Assert.Equal("rejected", (await queue.GetAsync(pending[0].Id, CancellationToken.None))!.Status);
        Assert.Single(await queue.ListAsync("pending", CancellationToken.None));
        Assert.Equal(2, (await queue.ListAsync(null, CancellationToken.None)).Count);
        var judgement = Assert.Single(await queue.JudgementsAsync(CancellationToken.None));
        Assert.Equal("bdib-peleng", judgement.Key.EntityId);
        Assert.False(judgement.Value);
    }

    private async Task SaveAsync(DocumentRecord document, IReadOnlyList<LinkReview> reviews)
    {
        await using var writer = await BeginAsync(Store, "news", "2024-01-01", Chokepoint.Datasets.ImportMode.Append);
        await writer.AddDocumentAsync(document, reviews);
        await writer.CommitAsync();
    }

    [StoreFact]
    public async Task Download_state_is_saved_and_replaced_per_dataset()
    {
        var states = DownloadStates.For(Store);
        Assert.Null(await states.GetAsync("us_ofac_sdn"));
        await states.SaveAsync(new DownloadState("us_ofac_sdn", "https://example.org/sdn.csv", "\"abc\"", null, null, null, "2024-01-01T00:00:00Z"));
        var next = new DownloadState("us_ofac_sdn", "https://example.org/sdn.csv", null, "Tue, 02 Jan 2024 00:00:00 GMT", "ff00", "2024-01-02", "2024-01-02T00:00:00Z");
        await states.SaveAsync(next);
        Assert.Equal(next, await states.GetAsync("us_ofac_sdn"));
    }
}
