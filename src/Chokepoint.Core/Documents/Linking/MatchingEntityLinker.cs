using System.Globalization;
using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Text;
using Chokepoint.Matching;
using Chokepoint.Matching.Algorithms;
using Chokepoint.Model;

namespace Chokepoint.Documents.Linking;

/// <summary>
/// The ingest's linker (link-v2): people, organizations, vessels and aircraft are matched by the matching engine
/// (<see cref="MatchAlgorithms.Default"/>: transliteration, spelling variants, legal forms), whose score is the link's
/// confidence; the store lookup (<see cref="StoreEntityLinker"/>, link-v1) covers products and places and keeps
/// exact name keys. The higher confidence for an entity wins. An engine candidate must share a word with the mention
/// (folded, transliterated): scores on short names alone produced links such as "NATO" to "NEIT"; and a mention of one
/// word ("Lukashenka") is at most <see cref="SingleWordCeiling"/>, a candidate for review rather than a link.
/// </summary>
public sealed class MatchingEntityLinker(Matcher matcher, IEntityLinker fallback) : IEntityLinker
{
    /// <summary>Engine scores below this are not candidates at all (the ingest's review floor is 0.5).</summary>
    public const double Cutoff = 0.5;

    /// <summary>The most a one-word mention gets from the engine: below the ingest's link threshold (0.85).</summary>
    public const double SingleWordCeiling = 0.8;

    private static readonly string[] NameProps = ["name", "alias", "weakAlias", "previousName"];

    private readonly MatchParameters _parameters = new() { Limit = 5, Cutoff = Cutoff, Threshold = Cutoff };

    public Task<IReadOnlyList<LinkCandidate>> LinkAsync(string surface, string kind, CancellationToken cancellationToken = default) =>
        LinkAsync(surface, kind, fallback.LinkAsync(surface, kind, cancellationToken));

    private async Task<IReadOnlyList<LinkCandidate>> LinkAsync(string surface, string kind, Task<IReadOnlyList<LinkCandidate>> fallbackTask)
    {
        var found = (await fallbackTask).ToDictionary(c => c.EntityId, StringComparer.Ordinal);
        if (SchemaFor(kind) is { } schema && matcher.Index.EntityCount > 0)
        {
            var query = MatchSubject.FromProperties(schema, new Dictionary<string, IReadOnlyList<string>> { ["name"] = [surface] });
            var words = Words(surface);
            if (query.Names.Count > 0 && words.Count > 0)
            {
                var (results, _) = matcher.Run(query, _parameters, MatchAlgorithms.Default);
                foreach (var result in results.Where(r => SharesWord(words, r)))
                {
                    var confidence = words.Count == 1 ? Math.Min(result.Score, SingleWordCeiling) : result.Score;
                    if (found.TryGetValue(result.Id, out var known) && known.Confidence >= confidence)
                        continue;
                    var reason = $"{MatchAlgorithms.DefaultName} {result.Score.ToString("0.00", CultureInfo.InvariantCulture)}";
                    found[result.Id] = new LinkCandidate(result.Id, result.Caption, result.Schema, confidence, reason);
                }
            }
        }
        return found.Values.OrderByDescending(c => c.Confidence).ThenBy(c => c.EntityId, StringComparer.Ordinal).Take(5).ToList();
    }

    private static bool SharesWord(HashSet<string> words, MatchResult result) =>
        NameProps.SelectMany(p => result.Properties.GetValueOrDefault(p) ?? []).Any(name => Words(name).Overlaps(words));

    private static HashSet<string> Words(string name) =>
        NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Select(NameKey.Loose).ToHashSet(StringComparer.Ordinal);

    /// <summary>The query schema of a mention kind, or null for kinds the engine does not index (products, places).</summary>
    private static Schema? SchemaFor(string kind) => kind switch
    {
        MentionKind.Person => SchemaModel.Default.Get("Person"),
        MentionKind.Organization => SchemaModel.Default.Get("Organization"),
        MentionKind.Vessel => SchemaModel.Default.Get("Vessel"),
        MentionKind.Aircraft => SchemaModel.Default.Get("Airplane"),
        _ => null,
    };
}
