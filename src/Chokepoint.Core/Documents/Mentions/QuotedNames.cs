namespace Chokepoint.Documents.Mentions;

/// <summary>Names in quotes: «Пеленг», "Zenit-BelOMO", with a legal form before them or a type noun around them.</summary>
internal static class QuotedNames
{
    private const int MaxWords = 8;

    // Official names after a legal form run long: ОАО «Минский механический завод имени С.И. Вавилова» is eleven tokens.
    private const int MaxWordsAfterLegalForm = 12;

    public static void Find(NameCues cues, MentionSet set)
    {
        var tokens = cues.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var open = tokens[i].Text;
            if (open is not ("«" or "\"" or "“"))
                continue;
            var close = open switch { "«" => "»", "“" => "”", _ => "\"" };
            var end = -1;
            var limit = cues.IsLegalForm(cues.Previous(i)) ? MaxWordsAfterLegalForm : MaxWords;
            for (var j = i + 1; j < tokens.Count && j <= i + limit + 1 && tokens[j].Sentence == tokens[i].Sentence; j++)
            {
                if (tokens[j].Text == close)
                {
                    end = j;
                    break;
                }
            }
            if (end <= i + 1 || !tokens[i + 1].Capitalized)
                continue;
            var name = cues.Span(i + 1, end - 1);
            var before = cues.Previous(i);
            var after = cues.Next(end);
            string kind;
            double confidence;
            var first = i;
            if (cues.IsLegalForm(before))
            {
                (kind, confidence, first) = (MentionKind.Organization, 0.95, i - 1);
            }
            else if (before is { IsWord: true } && cues.ProductNounKind(before.Text) is { } productKind)
            {
                (kind, confidence) = (productKind, 0.85);
            }
            else if (after is { IsWord: true } && cues.Lexicon.OrgFollowing.Contains(after.Text)
                || before is { IsWord: true } && cues.Lexicon.OrgFollowing.Contains(before.Text))
            {
                (kind, confidence) = (MentionKind.Organization, 0.9);
            }
            else
            {
                (kind, confidence) = (MentionKind.Organization, 0.6);
            }
            if (set.Overlaps(tokens[first].Start, tokens[end].End))
                continue;
            var surface = first < i ? cues.Span(first, end) : name;
            var start = first < i ? tokens[first].Start : tokens[i + 1].Start;
            var stop = first < i ? tokens[end].End : tokens[end - 1].End;
            set.Add(kind, surface, start, stop, name, confidence, "quoted");
            i = end;
        }
    }
}
