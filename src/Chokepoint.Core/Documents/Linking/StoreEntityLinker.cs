using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Text;
using Chokepoint.Storage;

namespace Chokepoint.Documents.Linking;

/// <summary>
/// Fallback linker (link-v1): name and alias lookup over the store's entities on keys folded for case, punctuation
/// and legal forms, with Cyrillic transliterated ("Пеленг" finds "Peleng"). Exact key 0.95; spelling variant
/// (final vowels) 0.85; surname of a person or a name's word subset 0.6. A kind that does not fit the schema halves it.
/// </summary>
public sealed class StoreEntityLinker : IEntityLinker
{
    private static readonly string[] NameProps = ["name", "alias", "weakAlias", "previousName"];
    private readonly Dictionary<string, List<Entry>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _loose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _words = new(StringComparer.Ordinal);

    private sealed record Entry(string Id, string Name, string Schema, string Key);

    public static async Task<StoreEntityLinker> LoadAsync(IStoreView view, CancellationToken cancellationToken)
    {
        var linker = new StoreEntityLinker();
        await foreach (var entity in view.StreamEntitiesAsync(null, cancellationToken))
            linker.Observe(entity);
        return linker;
    }

    /// <summary>Adds the names of an entity that a document can mention (not documents, mentions, claims and the like).</summary>
    public void Observe(Statements.Entity entity)
    {
        if (!entity.Schema.IsA("Thing") || entity.Schema.Name is "Mention" or "Document" or "Claim" or "Observation" or "Event")
            return;
        foreach (var name in NameProps.SelectMany(entity.Get).Distinct(StringComparer.Ordinal))
            Add(entity.Id, entity.Caption, entity.Schema.Name, name);
    }

    public void Add(string id, string caption, string schema, string name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
            return;
        var entry = new Entry(id, caption, schema, key);
        Index(_exact, key, entry);
        Index(_loose, NameKey.Loose(name), entry);
        foreach (var word in key.Split(' ').Where(w => w.Length >= 4))
            Index(_words, NameKey.Loose(word), entry);
    }

    public Task<IReadOnlyList<LinkCandidate>> LinkAsync(string surface, string kind, CancellationToken cancellationToken = default)
    {
        var key = NameKey.Of(surface);
        var found = new Dictionary<string, LinkCandidate>(StringComparer.Ordinal);
        foreach (var e in _exact.GetValueOrDefault(key) ?? [])
            Offer(found, e, kind, 0.95, "name");
        foreach (var e in _loose.GetValueOrDefault(NameKey.Loose(surface)) ?? [])
            Offer(found, e, kind, 0.85, "spelling variant");
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Select(NameKey.Loose).ToList();
        if (words.Count > 0)
        {
            foreach (var e in words.Select(w => _words.GetValueOrDefault(w) ?? []).Aggregate((a, b) => a.Intersect(b).ToList()))
                Offer(found, e, kind, 0.6, kind == MentionKind.Person ? "surname" : "words of the name");
        }
        IReadOnlyList<LinkCandidate> result = found.Values.OrderByDescending(c => c.Confidence).ThenBy(c => c.EntityId, StringComparer.Ordinal).Take(5).ToList();
        return Task.FromResult(result);
    }

    private static void Offer(Dictionary<string, LinkCandidate> found, Entry entry, string kind, double confidence, string reason)
    {
        if (!Fits(kind, entry.Schema))
            (confidence, reason) = (confidence / 2, reason + ", other kind");
        if (!found.TryGetValue(entry.Id, out var existing) || existing.Confidence < confidence)
            found[entry.Id] = new LinkCandidate(entry.Id, entry.Name, entry.Schema, confidence, reason);
    }

    private static bool Fits(string kind, string schema) => kind switch
    {
        MentionKind.Person => schema == "Person",
        MentionKind.Organization => schema is "Organization" or "Company" or "PublicBody" or "LegalEntity",
        MentionKind.Location => schema is "Address" or "Country",
        MentionKind.Vessel => schema == "Vessel",
        MentionKind.Aircraft => schema is "Airplane" or "Product",
        _ => schema is "Product" or "Vehicle",
    };

    private static void Index(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Any(e => e.Id == entry.Id))
            list.Add(entry);
    }
}
