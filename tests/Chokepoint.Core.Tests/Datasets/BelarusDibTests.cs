using Chokepoint.Core.Tests.Support;
using Chokepoint.Datasets;
using Chokepoint.Importing;
using Chokepoint.Statements;

namespace Chokepoint.Core.Tests.Datasets;

public class BelarusDibTests
{
    private static DatasetManifest Manifest()
    {
        var folder = BundledDatasets.FindDataFolder() ?? throw new DirectoryNotFoundException("data/ not found");
        return BundledDatasets.List(folder).Single(m => m.Name == "belarus-dib");
    }

    private static async Task<List<Entity>> LoadAsync(TempStore temp)
    {
        await BundledDatasets.LoadAsync(temp.Store, Manifest(), force: false, (_, work) => work(new Progress<ImportProgress>()), CancellationToken.None);
        var entities = new List<Entity>();
        await foreach (var entity in temp.Store.View.StreamEntitiesAsync("belarus-dib"))
            entities.Add(entity);
        return entities;
    }

    [Fact]
    public async Task Curated_dataset_names_the_enterprises_of_the_source_articles()
    {
        await using var temp = await TempStore.CreateAsync();
        var entities = await LoadAsync(temp);
        var names = entities.SelectMany(e => e.Get("name").Concat(e.Get("alias"))).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var expected in new[] { "Peleng", "Zenit-BelOMO", "Minsk Wheeled Tractor Plant", "Sosna-U", "Mi-8", "Mi-17" })
            Assert.Contains(expected, names);
        Assert.Contains(entities, e => e.Schema.Name == "Claim" && e.Get("value").Contains("717"));
        Assert.Contains(entities, e => e.Schema.Name == "Supply" && e.Get("role").Contains("repairs"));
    }

    [Fact]
    public async Task Every_reference_resolves_and_every_article_statement_cites_a_graded_source_with_a_quote()
    {
        await using var temp = await TempStore.CreateAsync();
        var entities = await LoadAsync(temp);
        var ids = entities.Select(e => e.Id).ToHashSet();
        var sources = (await temp.Store.View.ListSourcesAsync("belarus-dib")).ToDictionary(s => s.Id);

        foreach (var entity in entities)
        {
            foreach (var (property, target) in entity.References())
                Assert.True(ids.Contains(target), $"{entity.Id}.{property.Name} -> {target} does not resolve");
            foreach (var statement in entity.Statements)
            {
                var source = sources[statement.SourceId!];
                Assert.True(Grading.TryParse(statement.Grading, out _), $"{statement.Id}: grading '{statement.Grading}'");
                if (source.Kind == "document")
                    Assert.False(string.IsNullOrWhiteSpace(statement.Quote), $"{entity.Id}.{statement.Prop}: no quote");
            }
        }
    }

    [Fact]
    public async Task Quotes_are_exact_words_of_their_article_when_the_articles_are_at_hand()
    {
        var articles = Path.GetFullPath(Path.Combine(Manifest().Folder, "..", "..", "..", "shared", "sources"));
        if (!Directory.Exists(articles))
            return; // A clone without ../shared has no articles to check against; the other tests still run.
        await using var temp = await TempStore.CreateAsync();
        var entities = await LoadAsync(temp);
        var texts = Manifest().Sources.Where(s => s.File is not null)
            .ToDictionary(s => s.Id, s => File.ReadAllText(Path.Combine(articles, s.File!)));
        foreach (var statement in entities.SelectMany(e => e.Statements).Where(s => s.Quote is not null))
            Assert.Contains(statement.Quote!, texts[statement.SourceId!]);
    }
}
