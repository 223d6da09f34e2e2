using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Relations;

/// <summary>The mentions of one sentence in text order, with the word before each (to see what governs it).</summary>
internal sealed class SentenceMentions
{
    public SentenceMentions(List<Token> tokens, int sentence, MentionSet set)
    {
        Tokens = tokens.Where(t => t.Sentence == sentence).ToList();
        var start = Tokens[0].Start;
        var end = Tokens[^1].End;
        Items = set.Clusters
            .SelectMany(c => c.Occurrences.Where(o => o.Start >= start && o.End <= end).Select(o => new Item(c, o, WordBefore(o.Start))))
            .OrderBy(i => i.Occurrence.Start)
            .ToList();
    }

    public List<Token> Tokens { get; }

    public List<Item> Items { get; }

    public sealed record Item(MentionCluster Cluster, MentionOccurrence Occurrence, Token? Before);

    /// <summary>The last word token before a character offset, skipping quotes, opening parentheses and articles.</summary>
    private Token? WordBefore(int offset)
    {
        for (var i = Tokens.Count - 1; i >= 0; i--)
        {
            if (Tokens[i].End > offset)
                continue;
            if (Tokens[i].Text is "«" or "\"" or "“" or "(" or "the" or "a" or "an")
                continue;
            return Tokens[i];
        }
        return null;
    }
}
