using System.Diagnostics;
using Chokepoint.Datasets;
using Chokepoint.Documents;
using Chokepoint.Documents.Ingestion;
using Chokepoint.Documents.Linking;
using Chokepoint.Model;
using Chokepoint.Storage.Sqlite;

namespace Chokepoint.Bench;

/// <summary>
/// Entity linking of document mentions over bundled sanctions lists: the matching-engine linker (link-v2) against the
/// store name lookup (link-v1) in the same run: load time, time per linked name, links made, and a whole ingest.
/// </summary>
public sealed class DocumentsBenchmark : IBenchmark
{
    private static readonly string[] Datasets = ["us_ofac_sdn", "belarus-dib"];

    public string Name => "documents";

    public string Description => "ingest linking: matching-engine linker vs store name lookup (load, per name, links, ingest)";

    public async Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var data = Path.Combine(context.RepoRoot, "data");
        var articles = Directory.GetFiles(Path.Combine(context.RepoRoot, "tests", "Chokepoint.Core.Tests", "cases", "extraction"), "*.txt");
        var store = new SqliteStore(Path.Combine(context.ScratchDirectory(), "docs.db"), SchemaModel.Default);
        await store.MigrateAsync(cancellationToken);
        foreach (var manifest in BundledDatasets.List(data).Where(m => Datasets.Contains(m.Name)))
            await BundledDatasets.LoadAsync(store, manifest, false, (_, run) => run(new Progress<Importing.ImportProgress>()), cancellationToken);
        var entities = (await store.View.GetStatsAsync(null, cancellationToken)).Entities;
        BenchContext.Line($"store: {entities:N0} entities from {string.Join(", ", Datasets)}");

        var clock = Stopwatch.StartNew();
        IEntityLinker lookup = await StoreEntityLinker.LoadAsync(store.View, cancellationToken);
        var lookupLoad = clock.Elapsed.TotalSeconds;
        clock.Restart();
        IEntityLinker engine = await DocumentLinkers.LoadAsync(store.View, cancellationToken);
        var engineLoad = clock.Elapsed.TotalSeconds;
        BenchContext.Line($"load: lookup {lookupLoad:F2} s, engine {engineLoad:F2} s");

        var names = articles.SelectMany(a => DocumentExtractor.Extract(File.ReadAllText(a)).Mentions.Clusters)
            .SelectMany(c => c.Forms.Select(f => (Form: f, c.Kind))).Distinct().ToList();
        var (lookupPer, lookupLinks) = await LinkAllAsync(lookup, names, cancellationToken);
        var (enginePer, engineLinks) = await LinkAllAsync(engine, names, cancellationToken);
        foreach (var (form, kind) in names)
        {
            var a = (await lookup.LinkAsync(form, kind, cancellationToken)).FirstOrDefault();
            var b = (await engine.LinkAsync(form, kind, cancellationToken)).FirstOrDefault();
            if (a?.EntityId != b?.EntityId && (a?.Confidence >= 0.5 || b?.Confidence >= 0.5))
                BenchContext.Line($"  {kind} '{form}': lookup {a?.Name} {a?.Confidence:0.00} | engine {b?.Name} {b?.Confidence:0.00} {b?.Reason}");
        }
        BenchContext.Line($"{names.Count} names: lookup {lookupPer:F0} µs/name, {lookupLinks} at or above 0.85; engine {enginePer:F0} µs/name, {engineLinks}");

        var ingest = new Dictionary<string, double>();
        foreach (var (label, linker) in new[] { ("lookup", lookup), ("engine", engine) })
        {
            clock.Restart();
            foreach (var article in articles)
            {
                var source = await DocumentReader.ReadAsync(article, new DocumentLimits(), null, cancellationToken);
                await DocumentIngest.RunAsync(store, source, new IngestOptions { Dataset = $"docs-{label}" }, linker, cancellationToken);
            }
            ingest[label] = clock.Elapsed.TotalMilliseconds / articles.Length;
        }
        BenchContext.Line($"ingest per document: lookup {ingest["lookup"]:F0} ms, engine {ingest["engine"]:F0} ms");
        BenchContext.Figures(("entities", entities), ("lookup_load_s", lookupLoad), ("engine_load_s", engineLoad),
            ("lookup_us_per_name", lookupPer), ("engine_us_per_name", enginePer), ("lookup_links", lookupLinks), ("engine_links", engineLinks),
            ("lookup_ingest_ms", ingest["lookup"]), ("engine_ingest_ms", ingest["engine"]));
        await store.DisposeAsync();
        return 0;
    }

    private static async Task<(double MicrosPerName, int Links)> LinkAllAsync(IEntityLinker linker, List<(string Form, string Kind)> names, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var links = 0;
        foreach (var (form, kind) in names)
        {
            var found = await linker.LinkAsync(form, kind, cancellationToken);
            if (found.Count > 0 && found[0].Confidence >= 0.85)
                links++;
        }
        return (clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, names.Count), links);
    }
}
