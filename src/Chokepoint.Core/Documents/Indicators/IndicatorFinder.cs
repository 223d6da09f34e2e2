using System.Globalization;
using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Indicators;

/// <summary>Indicator nouns (vacancies, shifts, new buildings ...) with a number before them or a change verb after them.</summary>
public static class IndicatorFinder
{
    public static List<IndicatorObservation> Find(string text, List<Token> tokens, MentionSet mentions)
    {
        var lexicon = Lexicon.Default;
        var found = new List<IndicatorObservation>();
        foreach (var token in tokens.Where(t => t.IsWord))
        {
            var indicator = lexicon.Indicators.FirstOrDefault(p => p.Value.Any(stem => token.Text.StartsWith(stem, StringComparison.OrdinalIgnoreCase))).Key;
            if (indicator is null)
                continue;
            var k = token.Index - 1;
            if (k >= 0 && tokens[k].Text is "new" or "новых" or "новые")
                k--;
            double? value = null;
            if (k >= 0 && tokens[k].Sentence == token.Sentence)
            {
                if (lexicon.NumberWords.TryGetValue(tokens[k].Text, out var word))
                    value = word;
                else if (tokens[k].IsNumber && double.TryParse(tokens[k].Text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var digits))
                    value = digits;
            }
            Token? change = null;
            for (var j = token.Index + 1; j < tokens.Count && j <= token.Index + 12 && tokens[j].Sentence == token.Sentence; j++)
            {
                if (lexicon.Changes.ContainsKey(tokens[j].Text))
                {
                    change = tokens[j];
                    break;
                }
            }
            if (value is null && change is null)
                continue;
            var start = value is not null ? tokens[k].Start : FindPhraseStart(tokens, token);
            var end = change?.End ?? token.End;
            var entity = NearestOrganization(mentions, tokens, token, change ?? token);
            found.Add(new IndicatorObservation(indicator, start, end, text[start..end])
            {
                Value = value,
                Change = change is null ? null : lexicon.Changes[change.Text],
                Entity = entity,
            });
        }
        return found;
    }

    // "the number of vacancies": the quote starts at "the number of" when the text says so.
    private static int FindPhraseStart(List<Token> tokens, Token token)
    {
        var k = token.Index;
        if (k >= 3 && tokens[k - 1].Text == "of" && tokens[k - 2].Text == "number")
            return tokens[k - 3].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? tokens[k - 3].Start : tokens[k - 2].Start;
        return token.Start;
    }

    private static int? NearestOrganization(MentionSet mentions, List<Token> tokens, Token from, Token to)
    {
        var sentence = from.Sentence;
        var first = tokens.First(t => t.Sentence == sentence).Start;
        var last = tokens.Last(t => t.Sentence == sentence).End;
        var middle = (from.Start + to.End) / 2;
        return mentions.Clusters
            .Where(c => c.Kind == MentionKind.Organization && c.Rule != "reported-by")
            .SelectMany(c => c.Occurrences.Where(o => o.Start >= first && o.End <= last).Select(o => (c.Id, Distance: Math.Abs((o.Start + o.End) / 2 - middle))))
            .OrderBy(x => x.Distance)
            .Select(x => (int?)x.Id)
            .FirstOrDefault();
    }
}
