using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Mentions;

/// <summary>
/// Finds the named things of a document: quoted names, Cyrillic organization names, capitalized runs, acronyms
/// defined in parentheses, then later mentions of names already found (surnames, acronyms, short forms).
/// </summary>
public static class MentionFinder
{
    public static MentionSet Find(string text, List<Token> tokens)
    {
        var cues = new NameCues(text, tokens);
        var set = new MentionSet();
        QuotedNames.Find(cues, set);
        CyrillicOrganizations.Find(cues, set);
        NameRuns.Find(cues, set);
        Acronyms(cues, set);
        Coreference(cues, set);
        return set;
    }

    /// <summary>"Minsk Wheeled Tractor Plant (MZKT)": the upper-case word in parentheses right after a name is its acronym.</summary>
    private static void Acronyms(NameCues cues, MentionSet set)
    {
        var tokens = cues.Tokens;
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "(" || tokens[i + 2].Text != ")" || !tokens[i + 1].AllCaps)
                continue;
            var acronym = tokens[i + 1];
            var owner = set.Clusters
                .Where(c => c.Kind == MentionKind.Organization)
                .SelectMany(c => c.Occurrences.Select(o => (Cluster: c, Occurrence: o)))
                .Where(x => x.Occurrence.End <= tokens[i].Start && IsTypeWordGap(cues.Text[x.Occurrence.End..tokens[i].Start]))
                .OrderByDescending(x => x.Occurrence.End)
                .Select(x => x.Cluster)
                .FirstOrDefault();
            if (owner is null)
                continue;
            var existing = set.Clusters.FirstOrDefault(c => c != owner && c.Occurrences.All(o => o.Surface == acronym.Text));
            if (existing is not null)
            {
                set.Clusters.Remove(existing);
                foreach (var o in existing.Occurrences)
                    set.AddOccurrence(owner, o.Surface, o.Start, o.End);
            }
            set.AddAcronym(owner, acronym.Text, acronym.Start, acronym.End);
        }
    }

    // "KB Radar design bureau (KBR)": only spaces or up to two lower-case type words between a name and its acronym.
    private static bool IsTypeWordGap(string gap) =>
        gap.Length <= 2 && gap.Trim().Length == 0
        || gap.Length <= 24 && gap.Trim().Split(' ').Length <= 2 && gap.Trim().All(c => char.IsLower(c) || c == ' ');

    /// <summary>Words equal to a known acronym, a person's surname or a short organization name join that name's cluster.</summary>
    private static void Coreference(NameCues cues, MentionSet set)
    {
        foreach (var token in cues.Tokens)
        {
            if (!token.Capitalized || set.Overlaps(token.Start, token.End))
                continue;
            var cluster = set.FindAcronym(token.Text) ?? set.Find(token.Text);
            if (cluster is null)
            {
                var loose = NameKey.Loose(token.Text);
                cluster = set.Clusters.FirstOrDefault(c => c.Kind == MentionKind.Person && NameKey.Loose(c.Canonical).Split(' ')[^1] == loose && loose.Length >= 4);
            }
            if (cluster is not null)
                set.AddOccurrence(cluster, token.Text, token.Start, token.End);
        }
    }
}
