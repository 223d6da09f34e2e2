using System.Buffers;
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
    private readonly IndexedEntity[] _entities;
    private readonly int[] _nameEntity;
    private readonly Dictionary<string, int[]> _tokens;
    private readonly Dictionary<string, int[]> _keys;
    private readonly Dictionary<long, int[]> _grams;

    private IndexSegment(string dataset, IndexedEntity[] entities, int[] nameEntity, Dictionary<string, int[]> tokens, Dictionary<string, int[]> keys, Dictionary<long, int[]> grams)
    {
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
            }
        }
        return new IndexSegment(dataset, [.. indexed], [.. nameEntity],
            tokens.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            keys.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            grams.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
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
        var scores = ArrayPool<float>.Shared.Rent(count);
        var touched = new List<int>();
        try
        {
            // Keys that a quarter of all names share select nothing; in fuzzy mode only the trigram cap is lifted.
            var maxPosting = Math.Max(64, count / 4);
            var maxGramPosting = fuzzy ? count : Math.Max(64, count / 20);
            foreach (var name in names)
            {
                for (var i = 0; i < name.Tokens.Count; i++)
                {
                    var token = name.Tokens[i];
                    if (_tokens.TryGetValue(token, out var posting) && posting.Length <= maxPosting)
                        Accumulate(posting, TokenWeight * Idf(posting.Length, count), scores, touched);
                    if (name.Keys[i].Length > 1 && _keys.TryGetValue(name.Keys[i], out posting) && posting.Length <= maxPosting)
                        Accumulate(posting, KeyWeight * Idf(posting.Length, count), scores, touched);
                    foreach (var gram in Grams(token))
                    {
                        if (_grams.TryGetValue(gram, out posting) && posting.Length <= maxGramPosting)
                            Accumulate(posting, GramWeight * Idf(posting.Length, count), scores, touched);
                    }
                }
            }
            var best = new Dictionary<int, float>();
            foreach (var nameId in touched)
            {
                var entity = _nameEntity[nameId];
                var score = scores[nameId];
                if (!best.TryGetValue(entity, out var previous) || previous < score)
                    best[entity] = score;
            }
            var top = new PriorityQueue<int, float>(limit + 1);
            foreach (var (entity, score) in best)
            {
                top.Enqueue(entity, score);
                if (top.Count > limit)
                    top.Dequeue();
            }
            while (top.TryDequeue(out var entity, out var score))
                result.Add((_entities[entity], score));
            result.Reverse();
            return result;
        }
        finally
        {
            foreach (var nameId in touched)
                scores[nameId] = 0;
            ArrayPool<float>.Shared.Return(scores);
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
