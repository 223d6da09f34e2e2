using Chokepoint.Datasets;
using Chokepoint.Documents.Linking;
using Chokepoint.Documents.Mentions;
using Chokepoint.Importing;
using Chokepoint.Model;
using Chokepoint.Storage.Sqlite;
using Xunit;

namespace Chokepoint.Core.Tests.Documents;

public sealed class MatchingEntityLinkerTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cp-link-{Guid.NewGuid():N}.db");
    private SqliteStore _store = null!;
    private MatchingEntityLinker _linker = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(_path, SchemaModel.Default);
        await _store.MigrateAsync();
        await ImportAsync(
            Record("ofac-lukashenko", "Person", ("name", "LUKASHENKO, Alexander Grigoryevich")),
            Record("ofac-peleng", "Company", ("name", "OPEN JOINT STOCK COMPANY PELENG")),
            Record("ofac-mzkt", "Company", ("name", "MINSK WHEEL TRACTOR PLANT"), ("alias", "MZKT")),
            Record("bdib-sosna", "Product", ("name", "Sosna-U")),
            Record("ofac-neit", "Company", ("name", "LIMITED LIABILITY COMPANY NEIT")),
            Record("ofac-ganaderos", "Company", ("name", "GANADEROS AGRICULTORES DEL NORTE, S. DE R.L. DE C.V.")));
        _linker = await DocumentLinkers.LoadAsync(_store.View);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }

    [Theory]
    [InlineData("Лукашенко", MentionKind.Person, "ofac-lukashenko")]
    [InlineData("Alyaksandr Lukashenka", MentionKind.Person, "ofac-lukashenko")]
    [InlineData("Александр Лукашенко", MentionKind.Person, "ofac-lukashenko")]
    [InlineData("Peleng, OJSC", MentionKind.Organization, "ofac-peleng")]
    [InlineData("ОАО «Пеленг»", MentionKind.Organization, "ofac-peleng")]
    [InlineData("Minsk Wheeled Tractor Plant", MentionKind.Organization, "ofac-mzkt")]
    [InlineData("Sosna-U", MentionKind.Product, "bdib-sosna")]
    public async Task Mentions_across_scripts_and_spellings_find_the_listed_entity(string surface, string kind, string id)
    {
        var best = (await _linker.LinkAsync(surface, kind))[0];
        Assert.Equal(id, best.EntityId);
        Assert.InRange(best.Confidence, 0.5, 1.0);
    }

    [Fact]
    public async Task Full_names_link_at_once_and_a_bare_surname_waits_for_review()
    {
        var options = new Chokepoint.Documents.Ingestion.IngestOptions { Dataset = "docs" };
        Assert.True((await _linker.LinkAsync("Alexander Lukashenko", MentionKind.Person))[0].Confidence >= options.LinkThreshold);
        var surname = (await _linker.LinkAsync("Lukashenka", MentionKind.Person))[0];
        Assert.InRange(surname.Confidence, options.ReviewFloor, options.LinkThreshold);
    }

    [Theory]
    [InlineData("Kurganpribor", MentionKind.Organization)]
    [InlineData("Ivan Petrov", MentionKind.Person)]
    [InlineData("NATO", MentionKind.Organization)]
    [InlineData("Гаюн", MentionKind.Organization)]
    public async Task Names_sharing_no_word_with_an_entity_find_nothing(string surface, string kind)
    {
        Assert.Empty(await _linker.LinkAsync(surface, kind));
    }

    private static EntityRecord Record(string id, string schema, params (string Prop, string Value)[] values)
    {
        var record = new EntityRecord { Id = id, Schema = schema, File = "test" };
        foreach (var (prop, value) in values)
            record.Add(prop, value);
        return record;
    }

    private async Task ImportAsync(params EntityRecord[] records)
    {
        var input = new ImportInput
        {
            File = "test",
            Sources = [new SourceInfo { Id = "list", Dataset = "lists", Kind = "release" }],
            Records = Items(records),
        };
        await ImportRunner.RunAsync(_store, input, new ImportOptions { Dataset = "lists", Grading = "A1" });
    }

    private static async IAsyncEnumerable<ReadItem> Items(EntityRecord[] records)
    {
        foreach (var record in records)
            yield return ReadItem.Of(record);
        await Task.CompletedTask;
    }
}
