using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Mentions;

/// <summary>
/// Runs of capitalized words ("Sphere Optical Plant of the Minsk Mechanical Plant named after I. V. Vavilov"),
/// trimmed of sentence-initial common words and nationality adjectives, then classified by <see cref="RunClassifier"/>.
/// </summary>
internal static class NameRuns
{
    public static void Find(NameCues cues, MentionSet set)
    {
        var tokens = cues.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].Capitalized || set.Overlaps(tokens[i].Start, tokens[i].End))
            {
                i++;
                continue;
            }
            var last = Extend(cues, set, i);
            var first = i;
            // "558 Aircraft Repair Plant": a bare number opens an organization name that has a type word.
            if (cues.Previous(first) is { IsNumber: true } number && !set.Overlaps(number.Start, number.End)
                && Enumerable.Range(first, last - first + 1).Any(k => cues.IsOrgType(tokens[k].Text)))
                first--;
            (first, last) = Trim(cues, first, last);
            // "Госкомвоенпрома Дмитрия Пантуса", "Беларуси Максим Рыженков": a given name inside a run starts a person.
            if (GivenNameInside(cues, first, last) is { } given)
            {
                var (head, tail) = Trim(cues, first, given - 1);
                if (head <= tail)
                    RunClassifier.Classify(cues, set, head, tail);
                first = given;
            }
            if (first <= last)
                RunClassifier.Classify(cues, set, first, last);
            i = Math.Max(i + 1, last + 1);
        }
    }

    private static int? GivenNameInside(NameCues cues, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            var token = cues.Tokens[k];
            if (token.IsWord && cues.IsGivenName(token.Text) && cues.Tokens[k + 1].Capitalized && cues.Tokens[k - 1].IsWord
                && !cues.IsOrgType(cues.Tokens[k - 1].Text) && cues.Tokens[k - 1].Text is not ("of" or "after" or "имени"))
                return k;
        }
        return null;
    }

    private static int Extend(NameCues cues, MentionSet set, int i)
    {
        var tokens = cues.Tokens;
        var last = i;
        while (true)
        {
            var next = cues.Next(last);
            if (next is null || set.Overlaps(next.Start, next.End))
                return last;
            if (next.Capitalized && next.Start - tokens[last].End <= 1)
            {
                last = next.Index;
                continue;
            }
            var connector = Connector(cues, next.Index);
            if (connector > 0 && cues.At(next.Index + connector) is { Capitalized: true } after && after.Sentence == next.Sentence)
            {
                last = after.Index;
                continue;
            }
            if (next.Text == "." && tokens[last].Text.Length == 1 && char.IsUpper(tokens[last].Text[0]) && cues.Next(next.Index) is { Capitalized: true } initialNext)
            {
                last = initialNext.Index;
                continue;
            }
            return last;
        }
    }

    /// <summary>
    /// Lower-case words allowed inside a name: "of", "of the", "named after", and "for" after a type word ("Institute for
    /// Policy Analysis"); returns how many tokens they take.
    /// </summary>
    private static int Connector(NameCues cues, int index)
    {
        var word = cues.At(index)?.Text;
        var second = cues.At(index + 1)?.Text;
        return (word, second) switch
        {
            ("of", "the") => 2,
            ("of", _) => 1,
            ("named", "after") => 2,
            ("имени", _) => 1,
            ("for", _) when cues.At(index - 1) is { } type && cues.IsOrgType(type.Text) => 1,
            _ => 0,
        };
    }

    private static (int First, int Last) Trim(NameCues cues, int first, int last)
    {
        var tokens = cues.Tokens;
        while (first <= last && (!tokens[first].Capitalized && !tokens[first].IsNumber || cues.IsCommonWord(tokens[first])
               || cues.IsDemonym(tokens[first].Text) || cues.Lexicon.Titles.Contains(tokens[first].Text) || tokens[first].Text == "."))
            first++;
        while (last >= first && (!tokens[last].Capitalized || cues.IsDemonym(tokens[last].Text) || cues.Lexicon.Titles.Contains(tokens[last].Text)))
            last--;
        return (first, last);
    }
}
