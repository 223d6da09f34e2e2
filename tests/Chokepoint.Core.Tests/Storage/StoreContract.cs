using Chokepoint.Datasets;
using Chokepoint.Statements;
using Chokepoint.Storage;
using Xunit;

namespace Chokepoint.Core.Tests.Storage;

/// <summary>
/// What every storage test class shares: a fresh, migrated store of one engine per test, left behind by none,
/// and helpers that import statements as an importer would.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private readonly List<IStore> _opened = [];

    protected string Location { get; private set; } = "";

    protected IStore Store { get; private set; } = null!;

    /// <summary>Migrations the first start applied.</summary>
    protected IReadOnlyList<string> Applied { get; private set; } = [];

    /// <summary>A location (SQLite path or postgres:// URL) where nothing exists yet.</summary>
    protected abstract Task<string> CreateLocationAsync();

    protected abstract Task DeleteLocationAsync(string location);

    public async Task InitializeAsync()
    {
        Location = await CreateLocationAsync();
        Store = Open(Location);
        Applied = await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
            await store.DisposeAsync();
        await DeleteLocationAsync(Location);
    }

    /// <summary>Another store handle (not migrated), disposed with the test.</summary>
    protected IStore Open(string location)
    {
        var store = StoreFactory.Create(location);
        _opened.Add(store);
        return store;
    }

    protected static Statement S(string dataset, string entity, string schema, string prop, string value, string source = "src") => new()
    {
        Id = StatementIds.Make(dataset, entity, prop, value, source),
        EntityId = entity,
        Schema = schema,
        Prop = prop,
        Value = value,
        Dataset = dataset,
        SourceId = source,
        Grading = "A1",
        FirstSeen = "",
        LastSeen = "",
    };

    /// <summary>One committed import; statements without a first_seen get the release, as importers do.</summary>
    protected static async Task<DatasetInfo> ImportAsync(IStore store, string dataset, string release, ImportMode mode, params Statement[] statements)
    {
        await using var writer = await BeginAsync(store, dataset, release, mode);
        foreach (var statement in statements)
            await writer.AddAsync(statement with { FirstSeen = statement.FirstSeen is "" ? writer.Release : statement.FirstSeen, LastSeen = writer.Release });
        return await writer.CommitAsync();
    }

    protected Task<DatasetInfo> ImportAsync(string dataset, string release, ImportMode mode, params Statement[] statements) =>
        ImportAsync(Store, dataset, release, mode, statements);

    protected static async Task<IStatementWriter> BeginAsync(IStore store, string dataset, string release, ImportMode mode)
    {
        var writer = await store.BeginImportAsync(new ImportPlan
        {
            Dataset = new DatasetInfo { Name = dataset, Title = $"The {dataset} list" },
            Release = release,
            Mode = mode,
        });
        await writer.AddSourceAsync(new SourceInfo { Id = "src", Dataset = dataset, Kind = "release", Title = $"{dataset} {release}", Grading = "A1" });
        return writer;
    }

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }

    /// <summary>Everything a reader sees of an entity, as one comparable line.</summary>
    protected static string Describe(Entity entity) =>
        $"{entity.Id} {entity.Schema.Name} [{string.Join(",", entity.Datasets)}] {entity.FirstSeen}..{entity.LastSeen} " +
        string.Join(" ", entity.Properties.Select(p => $"{p.Key}={string.Join("|", p.Value)}")) +
        $" referents={string.Join(",", entity.Referents)} statements={string.Join(",", entity.Statements.Select(s => $"{s.Id[..8]}:{s.FirstSeen}:{s.LastSeen}:{s.OriginalValue}:{s.Grading}:{s.SourceId}"))}";
}
