using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Relations;

/// <summary>
/// Relations from trigger words (Resources/relation-triggers.yaml): the subject is the nearest mention before the
/// trigger that no preposition or reporting verb governs (or, after an anaphor such as "the enterprise", the last
/// organization of an earlier sentence); the object is looked for after the trigger, by predicate.
/// </summary>
public static class RelationFinder
{
    public static List<ExtractedRelation> Find(string text, List<Token> tokens, MentionSet set)
    {
        var found = new List<ExtractedRelation>();
        var sentences = tokens.Select(t => t.Sentence).Distinct().ToList();
        MentionCluster? lastOrganization = null;
        foreach (var sentence in sentences)
        {
            var context = new RelationContext(text, new SentenceMentions(tokens, sentence, set), lastOrganization, set);
            foreach (var (predicate, triggers) in Lexicon.Default.Triggers)
            {
                foreach (var trigger in context.FindTriggers(triggers))
                    context.Apply(predicate, trigger, found);
            }
            context.LocatedInDirect(found);
            // "the plant", "завод" never stand for an institution or authority (EU, OFAC) or for a cited source
            // ("according to the Security Service") named after the company.
            lastOrganization = context.Sentence.Items.LastOrDefault(i => i.Cluster.Kind == MentionKind.Organization
                && !i.Cluster.Forms.Any(Lexicon.Default.Institutions.Contains) && !context.IsReported(i))?.Cluster ?? lastOrganization;
        }
        foreach (var (part, whole, start, end) in set.PartOf)
        {
            if (set.Find(part) is { } p && set.Find(whole) is { } w)
                found.Add(new ExtractedRelation(p.Id, "part_of", w.Id, start, end, text[start..end]));
        }
        return found
            .GroupBy(r => (r.Subject, r.Predicate, r.Object))
            .Select(g => g.First())
            .Where(r => r.Subject != r.Object)
            .ToList();
    }
}
