using Chokepoint.Names;
using Chokepoint.Statements;

namespace Chokepoint.Matching;

/// <summary>
/// The part of the match index built from one dataset: every name of every matchable entity, with
/// posting lists by token, by phonetic key and by character trigram. Immutable once built; a
/// re-imported dataset gets a new segment.
/// </summary>
public sealed class IndexSegment
{
    private const double TokenWeight = 1.0;
    private const double KeyWeight = 0.7;
    private const double GramWeight = 0.15;
    private const double AcronymWeight = AcronymAlignment.AcronymSimilarity;

    // Spellings of a token reading posted and looked up (弗拉基米尔 has 48): enough for a name, bounded for hostile input.
    private const int MaxSpellings = 64;
    // One accumulator per thread, all zero between calls: candidate generation allocates no large arrays.
    [ThreadStatic]
    private static float[]? _scores;

    [ThreadStatic]
    private static List<int>? _touched;

    private readonly IndexedEntity[] _entities;
    private readonly int[] _nameEntity;
    private readonly Dictionary<string, int[]> _tokens;
    private readonly Dictionary<string, int[]> _keys;
    private readonly Dictionary<long, int[]> _grams;
    private readonly Dictionary<string, int[]> _acronyms;

    private IndexSegment(string dataset, IndexedEntity[] entities, int[] nameEntity, Dictionary<string, int[]> tokens, Dictionary<string, int[]> keys, Dictionary<long, int[]> grams, Dictionary<string, int[]> acronyms)
    {
        _acronyms = acronyms;
        Dataset = dataset;
        _entities = entities;
        _nameEntity = nameEntity;
        _tokens = tokens;
        _keys = keys;
        _grams = grams;
    }

    public string Dataset { get; }

    public int EntityCount => _entities.Length;

    public int NameCount => _nameEntity.Length;

    public IReadOnlyList<IndexedEntity> Entities => _entities;

    public static IndexSegment Build(string dataset, IEnumerable<Entity> entities)
    {
        var indexed = new List<IndexedEntity>();
        var nameEntity = new List<int>();
        var tokens = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var grams = new Dictionary<long, List<int>>();
        var acronyms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!IndexedEntity.IsMatchable(entity.Schema))
                continue;
            var subject = MatchSubject.FromEntity(entity);
            if (subject.Names.Count == 0)
                continue;
            indexed.Add(new IndexedEntity(entity, subject));
            foreach (var name in subject.Names)
            {
                var nameId = nameEntity.Count;
                nameEntity.Add(indexed.Count - 1);
                foreach (var token in name.Tokens.Distinct())
                {
                    Post(tokens, token, nameId);
                    foreach (var gram in Grams(token))
                        Post(grams, gram, nameId);
                }
                foreach (var key in name.Keys.Distinct())
                    Post(keys, key, nameId);
                foreach (var syllable in name.Syllables?.Tokens.Distinct() ?? [])
                    Post(tokens, syllable, nameId);
                foreach (var reading in name.Readings ?? [])
                {
                    foreach (var spelling in reading?.Spellings(MaxSpellings) ?? [])
                        Post(tokens, spelling, nameId);
                }
                foreach (var acronym in IndexAcronyms.Of(name))
                    Post(acronyms, acronym, nameId);
            }
        }
        return new IndexSegment(dataset, [.. indexed], [.. nameEntity],
            tokens.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            keys.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            grams.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()),
            acronyms.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// The <paramref name="limit"/> entities whose names share the most weight (IDF of shared tokens,
    /// phonetic keys and trigrams) with the query names, best first.
    /// </summary>
    public List<(IndexedEntity Entity, double Weight)> Candidates(IReadOnlyList<NormalizedName> names, int limit, bool fuzzy)
    {
        var count = _nameEntity.Length;
        var result = new List<(IndexedEntity, double)>();
        if (count == 0)
            return result;
        if (_scores is null || _scores.Length < count)
            _scores = new float[count];
        var scores = _scores;
        var touched = _touched ??= new List<int>(1024);
        touched.Clear();
        try
        {
            // Keys that many names share select little and cost much: capped unless the query asks for fuzzy.
            var maxPosting = fuzzy ? count : Math.Max(64, count / 10);
            var maxGramPosting = fuzzy ? count : Math.Max(64, count / 40);
            foreach (var name in names)
            {
                for (var i = 0; i < name.Tokens.Count; i++)
                {
                    var token = name.Tokens[i];
                    var known = _tokens.TryGetValue(token, out var posting);
                    if (known && posting!.Length <= maxPosting)
                        Accumulate(posting, TokenWeight * Idf(posting.Length, count), scores, touched);
                    // An organisation's acronym finds its written-out names (PLA = People's Liberation Army).
                    if (IndexAcronyms.IsQueryAcronym(name, i) && _acronyms.TryGetValue(token, out posting) && posting.Length <= maxPosting)
                        Accumulate(posting, AcronymWeight * Idf(posting.Length, count), scores, touched);
                    if (name.Keys[i].Length > 1 && _keys.TryGetValue(name.Keys[i], out posting) && posting.Length <= maxPosting)
                        Accumulate(posting, KeyWeight * Idf(posting.Length, count), scores, touched);
                    // A token read as letters (Sech1n, 弗拉基米尔, ウラジーミル) finds the names written with them.
                    foreach (var spelling in name.Readings?[i]?.Spellings(MaxSpellings) ?? [])
                    {
                        if (_tokens.TryGetValue(spelling, out posting) && posting.Length <= maxPosting)
                            Accumulate(posting, TokenWeight * Idf(posting.Length, count), scores, touched);
                    }
                    // Trigrams find misspelt tokens: a token the index knows as it is needs them only when fuzzy.
                    if (known && !fuzzy)
                        continue;
                    foreach (var gram in Grams(token))
                    {
                        if (_grams.TryGetValue(gram, out posting) && posting.Length <= maxGramPosting)
                            Accumulate(posting, GramWeight * Idf(posting.Length, count), scores, touched);
                    }
                }
                // A written-out organisation name finds the entities named by its acronym.
                foreach (var acronym in IndexAcronyms.Of(name))
                {
                    if (_tokens.TryGetValue(acronym, out var posting) && posting.Length <= maxPosting)
                        Accumulate(posting, AcronymWeight * Idf(posting.Length, count), scores, touched);
                }
                // Han and Hangul names also find each other by their syllables (a romanization lacks for Han).
                for (var i = 0; i < (name.Syllables?.Tokens.Count ?? 0); i++)
                {
                    if (_tokens.TryGetValue(name.Syllables!.Tokens[i], out var posting) && posting.Length <= maxPosting)
                        Accumulate(posting, TokenWeight * Idf(posting.Length, count), scores, touched);
                }
            }
            // The best names (an entity may have several among them), then their entities in order.
            var keep = limit * 2;
            var top = new PriorityQueue<int, float>(keep + 1);
            foreach (var nameId in touched)
            {
                var score = scores[nameId];
                if (top.Count < keep)
                    top.Enqueue(nameId, score);
                else if (top.TryPeek(out _, out var lowest) && score > lowest)
                    top.EnqueueDequeue(nameId, score);
            }
            var ranked = new List<(int NameId, float Score)>(top.Count);
            while (top.TryDequeue(out var nameId, out var score))
                ranked.Add((nameId, score));
            var seen = new HashSet<int>();
            for (var r = ranked.Count - 1; r >= 0 && result.Count < limit; r--)
            {
                var entity = _nameEntity[ranked[r].NameId];
                if (seen.Add(entity))
                    result.Add((_entities[entity], ranked[r].Score));
            }
            return result;
        }
        finally
        {
            foreach (var nameId in touched)
                scores[nameId] = 0;
        }
    }

    private static void Accumulate(int[] posting, double weight, float[] scores, List<int> touched)
    {
        var w = (float)weight;
        foreach (var nameId in posting)
        {
            if (scores[nameId] == 0)
                touched.Add(nameId);
            scores[nameId] += w;
        }
    }

    private static double Idf(int postings, int count) => Math.Log(1 + (double)count / postings);

    // Trigrams of the token padded with a space on each side, packed into one long: no allocation per gram.
    private static IEnumerable<long> Grams(string token)
    {
        if (token.Length < 2)
            yield break;
        for (var i = -1; i < token.Length - 1; i++)
        {
            var a = i < 0 ? ' ' : token[i];
            var b = token[i + 1];
            var c = i + 2 < token.Length ? token[i + 2] : ' ';
            yield return ((long)a << 32) | ((long)b << 16) | c;
        }
    }

    private static void Post<TKey>(Dictionary<TKey, List<int>> postings, TKey key, int nameId)
        where TKey : notnull
    {
        if (!postings.TryGetValue(key, out var list))
            postings[key] = list = [];
        if (list.Count == 0 || list[^1] != nameId)
            list.Add(nameId);
    }
}
