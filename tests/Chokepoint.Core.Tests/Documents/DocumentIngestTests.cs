using Chokepoint.Documents.Ingestion;
using Chokepoint.Documents.Linking;
using Chokepoint.Documents.Review;
using Chokepoint.Importing;
using Chokepoint.Model;
using Chokepoint.Storage.Sqlite;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public sealed class DocumentIngestTests : IAsyncLifetime
{
    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "cases", "extraction", "rbc-ukraine-putins-backbone.txt");
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cp-docs-{Guid.NewGuid():N}.db");
    private SqliteStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(_path, SchemaModel.Default);
        await _store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }

    private static StoreEntityLinker Linker()
    {
        var linker = new StoreEntityLinker();
        linker.Add("bdib-peleng", "Peleng", "Company", "ОАО «Пеленг»");
        linker.Add("bdib-hajun", "Belarusian Hajun project", "Organization", "Belarusian Hajun project");
        return linker;
    }

    private static Task<DocumentSource> Source() => DocumentReader.ReadAsync(Article, new DocumentLimits(), null, CancellationToken.None);

    [Fact]
    public async Task Ingest_links_mentions_and_cites_the_document_with_spans_and_quotes()
    {
        var source = await Source();
        var result = await DocumentIngest.RunAsync(_store, source, new IngestOptions { Dataset = "docs", Grading = "B2", Protected = true }, Linker());
        Assert.Equal(7, result.Claims);
        Assert.True(result.Relations >= 8);

        var mention = await _store.View.GetEntityAsync($"{source.SourceId}-m{FindCluster(source.Text, "Peleng, OJSC")}");
        Assert.Equal("bdib-peleng", mention!.First("resolved"));
        var candidate = await _store.View.GetEntityAsync("docs-organization-zenit-belomo");
        Assert.Equal("Organization", candidate!.Schema.Name);
        await foreach (var statement in _store.View.StreamStatementsAsync("docs-organization-zenit-belomo"))
        {
            Assert.Equal(source.SourceId, statement.SourceId);
            Assert.Equal("B2", statement.Grading);
            Assert.Equal("Zenit-BelOMO", source.Text[statement.Span!.Value.Start..statement.Span.Value.End]);
            Assert.Equal("Zenit-BelOMO", statement.Quote);
        }
        var stored = await _store.View.GetSourceAsync(source.SourceId);
        Assert.Equal(source.Sha256, stored!.Sha256);
        Assert.Equal(Chokepoint.Security.ProtectedSources.Label, stored.Title);
        Assert.Null(stored.Url);
        Assert.True(await new ReviewQueue(_store).IsProtectedAsync(source.SourceId, CancellationToken.None));
    }

    [Fact]
    public async Task Accepted_review_is_a_judgement_that_the_next_ingest_respects()
    {
        var source = await Source();
        var options = new IngestOptions { Dataset = "docs" };
        var first = await DocumentIngest.RunAsync(_store, source, options, Linker());
        Assert.Equal(1, first.Queued);
        var queue = new ReviewQueue(_store);
        var review = Assert.Single(await queue.ListAsync("pending", CancellationToken.None));
        Assert.Equal("bdib-hajun", review.CandidateId);

        await ReviewDecision.ApplyAsync(_store, queue, review, accept: true, CancellationToken.None);
        Assert.Equal("bdib-hajun", (await _store.View.GetEntityAsync(review.MentionId))!.First("resolved"));

        var second = await DocumentIngest.RunAsync(_store, source, options, Linker());
        Assert.Equal(0, second.Queued);
        Assert.Equal(first.Linked + 1, second.Linked);
    }

    [Fact]
    public async Task Failed_ingest_writes_nothing()
    {
        var linker = new StoreEntityLinker();
        linker.Add("not a valid id", "Peleng", "Company", "Peleng");
        await Assert.ThrowsAsync<ImportException>(() => Task.Run(async () =>
            await DocumentIngest.RunAsync(_store, await Source(), new IngestOptions { Dataset = "docs" }, linker)));
        Assert.Null(await _store.View.GetDatasetAsync("docs") is { Statements: > 0 } ? "written" : null);
    }

    private static int FindCluster(string text, string form) =>
        Chokepoint.Documents.DocumentExtractor.Extract(text).Mentions.Clusters.Single(c => c.Forms.Contains(form)).Id;
}
