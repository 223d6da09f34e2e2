using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Text;
using Item = Chokepoint.Documents.Relations.SentenceMentions.Item;

namespace Chokepoint.Documents.Relations;

/// <summary>The rules of <see cref="RelationFinder"/> for one sentence.</summary>
internal sealed class RelationContext(string text, SentenceMentions sentence, MentionCluster? previousOrganization, MentionSet set)
{
    private static readonly string[] Things = [MentionKind.Product, MentionKind.Aircraft, MentionKind.Vessel];
    private static readonly string[] Parties = [MentionKind.Organization, MentionKind.Person, MentionKind.Location];
    private readonly Lexicon _lexicon = Lexicon.Default;

    public SentenceMentions Sentence { get; } = sentence;

    private List<Token> Tokens => Sentence.Tokens;

    public IEnumerable<(Token First, Token Last)> FindTriggers(List<string> triggers)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            foreach (var trigger in triggers)
            {
                var parts = trigger.Split(' ');
                if (i + parts.Length <= Tokens.Count && parts.Select((p, k) => Matches(Tokens[i + k], p)).All(b => b))
                {
                    yield return (Tokens[i], Tokens[i + parts.Length - 1]);
                    break;
                }
            }
        }
    }

    public void Apply(string predicate, (Token First, Token Last) trigger, List<ExtractedRelation> found)
    {
        switch (predicate)
        {
            case "produces" or "repairs":
                if (Subject(trigger.First, [MentionKind.Organization]) is { } maker)
                {
                    foreach (var thing in ThingsAfter(trigger.Last))
                        Add(found, maker, predicate, thing, trigger);
                }
                break;
            case "supplies":
                if (Subject(trigger.First, Parties) is { } supplier && Recipient(trigger) is { } recipient)
                {
                    foreach (var party in Coordinated(supplier, trigger.First))
                        Add(found, party, predicate, recipient, trigger);
                }
                break;
            case "located_in":
                if (Subject(trigger.First, [MentionKind.Organization]) is { } located
                    && Sentence.Items.FirstOrDefault(i => i.Occurrence.Start >= trigger.Last.End && i.Cluster.Kind == MentionKind.Location) is { } place)
                    Add(found, located, predicate, place, trigger);
                break;
            case "part_of":
                PartOf(trigger, found);
                break;
            case "sanctioned_by":
                Sanctions(trigger, found);
                break;
            case "exports_to":
                Exports(trigger, found);
                break;
            case "agreement_with":
                Agreement(trigger, found);
                break;
        }
    }

    /// <summary>"558 Aircraft Repair Plant in Baranovichi", "завод в Барановичах": an organization right before "in" and a place.</summary>
    public void LocatedInDirect(List<ExtractedRelation> found)
    {
        for (var i = 0; i + 1 < Sentence.Items.Count; i++)
        {
            var (a, b) = (Sentence.Items[i], Sentence.Items[i + 1]);
            var between = text[a.Occurrence.End..b.Occurrence.Start].Trim();
            // "Tekhnosfera LLC, a Minsk-based distributor" too.
            var based = between is ", a" or ", an" && text.AsSpan(b.Occurrence.End).StartsWith("-based");
            if (a.Cluster.Kind == MentionKind.Organization && b.Cluster.Kind == MentionKind.Location && (between is "in" or "в" or "во" || based))
                found.Add(new ExtractedRelation(a.Cluster.Id, "located_in", b.Cluster.Id, a.Occurrence.Start, b.Occurrence.End, text[a.Occurrence.Start..b.Occurrence.End]));
        }
    }

    /// <summary>
    /// "X, a subsidiary of Y" and "X is part of Y"; "its subsidiary X" (the whole is the organization "its" stands for);
    /// "X, Y's sales arm" (the whole is the possessor right before the trigger).
    /// </summary>
    private void PartOf((Token First, Token Last) trigger, List<ExtractedRelation> found)
    {
        var org = new[] { MentionKind.Organization };
        var previous = Tokens.IndexOf(trigger.First) is > 0 and var at ? Tokens[at - 1] : null;
        var possessor = Sentence.Items.LastOrDefault(i => i.Occurrence.End <= trigger.First.Start && i.Cluster.Kind == MentionKind.Organization
            && System.Text.RegularExpressions.Regex.IsMatch(text[i.Occurrence.End..trigger.First.Start], @"^['’]s\s+(?:\p{Ll}+\s+)?$"));
        if (possessor is not null)
        {
            var part = Sentence.Items.LastOrDefault(i => i.Occurrence.End <= possessor.Occurrence.Start && i.Cluster.Kind == MentionKind.Organization);
            if (part is not null)
                Add(found, part, "part_of", possessor, trigger);
            return;
        }
        var after = Sentence.Items.FirstOrDefault(i => i.Occurrence.Start >= trigger.Last.End && i.Cluster.Kind == MentionKind.Organization);
        if (previous?.Text is "its" or "their" && after is not null && Subject(previous, org) is { } owner)
        {
            Add(found, after, "part_of", owner, trigger);
            return;
        }
        if (Subject(trigger.First, org) is { } subject && after is not null)
            Add(found, subject, "part_of", after, trigger);
    }

    /// <summary>
    /// "X has been designated by the United States (OFAC) and by the United Kingdom": each authority after "by";
    /// "X is on the EU sanctions list": the authority right before the trigger; "the EU adopted sanctions, which cover X, Y
    /// and Z" (sanctions against, санкции): the authority before the trigger, each organization after it.
    /// </summary>
    private void Sanctions((Token First, Token Last) trigger, List<ExtractedRelation> found)
    {
        string[] authorities = [MentionKind.Organization, MentionKind.Location];
        var word = trigger.Last.Text.ToLowerInvariant();
        if (word == "by")
        {
            if (Subject(trigger.First, [MentionKind.Organization, MentionKind.Person]) is not { } target)
                return;
            var items = Sentence.Items.Where(i => i.Occurrence.Start >= trigger.Last.End && authorities.Contains(i.Cluster.Kind)).ToList();
            for (var k = 0; k < items.Count; k++)
            {
                var byWord = items[k].Before?.Text == "by";
                var inParentheses = k > 0 && text[items[k - 1].Occurrence.End..items[k].Occurrence.Start].Trim() == "(";
                if (byWord || inParentheses || k == 0)
                    Add(found, target, "sanctioned_by", items[k], trigger);
            }
            return;
        }
        if (word == "list")
        {
            var authority = Sentence.Items.LastOrDefault(i => i.Occurrence.End <= trigger.First.Start && authorities.Contains(i.Cluster.Kind)
                && text[i.Occurrence.End..trigger.First.Start].Trim().Length == 0);
            if (authority is not null && Sentence.Items.LastOrDefault(i => i.Occurrence.End <= authority.Occurrence.Start && i.Cluster.Kind == MentionKind.Organization) is { } listed)
                Add(found, listed, "sanctioned_by", authority, trigger);
            return;
        }
        // "X потрапило до санкційного списку Європейського Союзу": the authority in the genitive after the list word.
        var next = Tokens.SkipWhile(t => t != trigger.Last).Skip(1).FirstOrDefault();
        if (next is not null && _lexicon.SanctionsListWords.Any(w => next.Text.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
        {
            var authority = Sentence.Items.FirstOrDefault(i => i.Occurrence.Start >= next.End && authorities.Contains(i.Cluster.Kind));
            if (authority is not null && Subject(trigger.First, [MentionKind.Organization]) is { } target)
                Add(found, target, "sanctioned_by", authority, trigger);
            return;
        }
        if (Subject(trigger.First, authorities) is not { } by)
            return;
        foreach (var listed in Sentence.Items.Where(i => i.Occurrence.Start >= trigger.Last.End && i.Cluster.Kind == MentionKind.Organization))
            Add(found, listed, "sanctioned_by", by, trigger);
    }

    /// <summary>"the holding's exports to Russia"; "экспорт продукции Беларуси в Россию" (the exporter in the genitive after the trigger).</summary>
    private void Exports((Token First, Token Last) trigger, List<ExtractedRelation> found)
    {
        string[] parties = [MentionKind.Organization, MentionKind.Location];
        var after = Sentence.Items.Where(i => i.Occurrence.Start >= trigger.Last.End && parties.Contains(i.Cluster.Kind)).ToList();
        var destination = after.FirstOrDefault(i => i.Before?.Text is "to" or "в" or "во" || trigger.Last.Text == "to" && i == after[0]);
        if (destination is null)
            return;
        var exporter = after.FirstOrDefault(i => i.Occurrence.End <= destination.Occurrence.Start)
            ?? Subject(trigger.First, parties);
        if (exporter is not null)
            Add(found, exporter, "exports_to", destination, trigger);
    }

    private void Agreement((Token First, Token Last) trigger, List<ExtractedRelation> found)
    {
        var with = Sentence.Items.FirstOrDefault(i => i.Occurrence.Start >= trigger.Last.End && i.Before?.Text is "with" or "с" or "со" && Parties.Contains(i.Cluster.Kind));
        if (with is not null && Subject(trigger.First, [MentionKind.Organization, MentionKind.Person, MentionKind.Location]) is { } subject)
        {
            Add(found, subject, "agreement_with", with, trigger);
            return;
        }
        var before = Sentence.Items.Where(i => i.Occurrence.End <= trigger.First.Start && Parties.Contains(i.Cluster.Kind)).ToList();
        before.AddRange(CountriesOfTitles(trigger.First));
        var parties = before.OrderBy(i => i.Occurrence.Start).DistinctBy(i => i.Cluster.Id).ToList();
        if (parties.Count >= 2)
            Add(found, parties[0], "agreement_with", parties[1], trigger);
    }

    /// <summary>"the Chinese President": a nationality adjective before a title stands for its country.</summary>
    private IEnumerable<Item> CountriesOfTitles(Token until)
    {
        for (var i = 0; i + 1 < Tokens.Count && Tokens[i + 1].End <= until.Start; i++)
        {
            if (!_lexicon.Titles.Contains(Tokens[i + 1].Text) || !_lexicon.Demonyms.TryGetValue(Tokens[i].Text, out var country))
                continue;
            var cluster = set.Find(country, MentionKind.Location)
                ?? set.Add(MentionKind.Location, Tokens[i].Text, Tokens[i].Start, Tokens[i].End, country, 0.6, "demonym");
            yield return new Item(cluster, new MentionOccurrence(Tokens[i].Start, Tokens[i].End, Tokens[i].Text), null);
        }
    }

    private Item? Subject(Token trigger, string[] kinds)
    {
        // "the 140 Repair Plant in Borisov, which overhauls ...": a relative pronoun points at the last organization before it.
        var index = Tokens.IndexOf(trigger);
        if (index > 0 && Tokens[index - 1].Text is "which" or "that" or "который" or "которое" or "которая" && kinds.Contains(MentionKind.Organization)
            && Sentence.Items.LastOrDefault(i => i.Occurrence.End <= Tokens[index - 1].Start && i.Cluster.Kind == MentionKind.Organization) is { } antecedent)
            return antecedent;
        foreach (var item in Sentence.Items.Where(i => i.Occurrence.End <= trigger.Start).Reverse())
        {
            if (!kinds.Contains(item.Cluster.Kind) || IsGoverned(item))
                continue;
            return item;
        }
        var clause = text[Tokens[0].Start..trigger.Start].ToCharArray();
        foreach (var item in Sentence.Items.Where(i => i.Occurrence.End <= trigger.Start))
            Array.Fill(clause, ' ', item.Occurrence.Start - Tokens[0].Start, item.Occurrence.End - item.Occurrence.Start);
        if (previousOrganization is not null && kinds.Contains(MentionKind.Organization)
            && _lexicon.Anaphors.Any(a => System.Text.RegularExpressions.Regex.IsMatch(new string(clause), $@"(?i)(^|\W){a}(\W|$)")))
            return new Item(previousOrganization, previousOrganization.First, null);
        return null;
    }

    private bool IsGoverned(Item item) => _lexicon.Prepositions.Contains(item.Before?.Text ?? "") || IsReported(item);

    /// <summary>The mention is the source of a reporting phrase ("according to X", "за даними X").</summary>
    public bool IsReported(Item item)
    {
        // "according to the Belarusian Hajun project": governed; "По данным источников, 558-й завод": a comma ends the phrase.
        var before = text[Math.Max(Tokens[0].Start, item.Occurrence.Start - 40)..item.Occurrence.Start];
        return _lexicon.Reporting.Any(r => before.LastIndexOf(r, StringComparison.OrdinalIgnoreCase) is var at && at >= 0 && !before[at..].Contains(','));
    }

    private IEnumerable<Item> Coordinated(Item subject, Token trigger)
    {
        yield return subject;
        var items = Sentence.Items.Where(i => i.Occurrence.End <= subject.Occurrence.Start).Reverse();
        var edge = subject.Occurrence.Start;
        foreach (var item in items)
        {
            var between = text[item.Occurrence.End..edge].Trim();
            if (between is not ("and" or "," or ", and" or "и") || item.Cluster.Kind != subject.Cluster.Kind)
                yield break;
            yield return item;
            edge = item.Occurrence.Start;
        }
    }

    private Item? Recipient((Token First, Token Last) trigger)
    {
        var after = Sentence.Items.Where(i => i.Occurrence.Start >= trigger.Last.End && Parties.Contains(i.Cluster.Kind)).ToList();
        return after.FirstOrDefault(i => i.Before?.Text is "to" or "for")
            ?? (trigger.First.IsCyrillic ? after.FirstOrDefault() : null)
            ?? Sentence.Items.LastOrDefault(i => i.Occurrence.End <= trigger.First.Start && i.Before?.Text == "with");
    }

    private IEnumerable<Item> ThingsAfter(Token trigger)
    {
        var things = Sentence.Items.Where(i => i.Occurrence.Start >= trigger.End && Things.Contains(i.Cluster.Kind)).ToList();
        if (things.Count == 0 || Tokens.Count(t => t.Start >= trigger.End && t.End <= things[0].Occurrence.Start) > 8)
            yield break;
        yield return things[0];
        for (var i = 1; i < things.Count; i++)
        {
            var between = text[things[i - 1].Occurrence.End..things[i].Occurrence.Start].Trim();
            if (between is not ("/" or "," or "and" or ", and" or "и"))
                yield break;
            yield return things[i];
        }
    }

    private void Add(List<ExtractedRelation> found, Item subject, string predicate, Item @object, (Token First, Token Last) trigger)
    {
        var start = Math.Min(subject.Occurrence.Start, trigger.First.Start);
        if (subject.Occurrence.Start < Tokens[0].Start)
            start = trigger.First.Start;
        var end = Math.Max(@object.Occurrence.End, trigger.Last.End);
        found.Add(new ExtractedRelation(subject.Cluster.Id, predicate, @object.Cluster.Id, start, end, text[start..end]));
    }

    private static bool Matches(Token token, string part) =>
        part[0] is >= '\u0400' and <= '\u04FF'
            ? token.Text.StartsWith(part, StringComparison.OrdinalIgnoreCase)
            : token.Text.Equals(part, StringComparison.OrdinalIgnoreCase);
}
