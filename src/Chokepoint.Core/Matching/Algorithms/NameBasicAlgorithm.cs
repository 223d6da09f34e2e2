namespace Chokepoint.Matching.Algorithms;

/// <summary><c>name-basic</c>: the best similarity between any query name and any candidate name, nothing else.</summary>
public sealed class NameBasicAlgorithm : IMatchAlgorithm
{
    public const string Id = "name-basic";

    public string Name => Id;

    public string Description => "Fast, name only: best token-aligned similarity between any two names (transliterated, legal forms aside).";

    public MatchScore Score(MatchSubject query, MatchSubject candidate)
    {
        var name = BestName(query, candidate);
        return new MatchScore(name, [new FeatureScore("name_similarity", name, 1, "best token-aligned similarity between any query name and any candidate name")]);
    }

    public static double BestName(MatchSubject query, MatchSubject candidate)
    {
        double best = 0;
        foreach (var left in query.Names)
        {
            foreach (var right in candidate.Names)
            {
                // Two names in Han or Hangul compare syllable by syllable in their script, not through a romanization.
                var (a, b) = left.Syllables is { } x && right.Syllables is { } y ? (x, y) : (left, right);
                best = Math.Max(best, NameSimilarity.Compare(a, b));
                if (best >= 1)
                    return 1;
            }
        }
        return best;
    }
}
