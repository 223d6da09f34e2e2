using System.Globalization;
using Chokepoint.Documents.Dates;
using Chokepoint.Documents.Mentions;
using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Claims;

/// <summary>
/// Numbers written in digits that are neither dates nor parts of names, with the scale, unit or counted noun after
/// them ("over 65 thousand tons of ammunition", "60% of ...", "1,600 types of military products").
/// </summary>
public static class ClaimFinder
{
    private const int MaxSubjectWords = 4;
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "to", "in", "at", "for", "from", "with", "by", "on", "is", "are", "was", "were", "has", "have", "had",
        "will", "would", "that", "which", "who", "supply", "supplies", "about", "в", "на", "с", "и", "к", "для",
    };

    public static List<QuantitativeClaim> Find(string text, List<Token> tokens, MentionSet mentions, List<DateMention> dates)
    {
        var lexicon = Lexicon.Default;
        var claims = new List<QuantitativeClaim>();
        foreach (var token in tokens)
        {
            if (!token.IsNumber || mentions.Overlaps(token.Start, token.End) || dates.Any(d => d.Start < token.End && token.Start < d.End))
                continue;
            if (!double.TryParse(Number(token.Text), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                continue;
            var k = token.Index + 1;
            if (Word(tokens, k, token.Sentence) is { } month && DateFinder.IsMonth(month.Text))
                continue;
            var currency = token.Index > 0 && tokens[token.Index - 1].Sentence == token.Sentence ? CurrencyBefore(lexicon, tokens[token.Index - 1]) : null;
            if (Word(tokens, k, token.Sentence) is { } scaleWord && lexicon.Scales.TryGetValue(scaleWord.Text, out var factor))
            {
                value *= factor;
                k++;
            }
            string unit;
            var subjectStart = k;
            if (currency is not null)
            {
                unit = currency;
            }
            else if (UnitAt(lexicon, tokens, k, token.Sentence) is { } found)
            {
                unit = found.Unit;
                subjectStart = k + found.Length;
                if (Word(tokens, subjectStart, token.Sentence) is { Text: "of" or "из" })
                    subjectStart++;
            }
            else if (Word(tokens, k, token.Sentence) is { } noun && !Stops.Contains(noun.Text) && !char.IsDigit(noun.Text[0]))
            {
                unit = "count";
            }
            else
            {
                continue;
            }
            var last = subjectStart - 1;
            var words = 0;
            for (var j = subjectStart; Word(tokens, j, token.Sentence) is { } w && !Stops.Contains(w.Text) && words < MaxSubjectWords; j++)
            {
                if (w.Text == "of")
                    continue;
                last = j;
                words++;
            }
            var first = ApproximatorStart(lexicon, text, tokens, currency is null ? token.Index : token.Index - 1);
            var end = Math.Max(token.End, Math.Max(tokens[subjectStart - 1].End, tokens[last].End));
            var subject = last >= subjectStart ? text[tokens[subjectStart].Start..tokens[last].End] : unit;
            var (sentenceStart, sentenceEnd) = SentenceSpan(tokens, token);
            var period = dates.FirstOrDefault(d => d.Start >= sentenceStart && d.End <= sentenceEnd)?.Value;
            claims.Add(new QuantitativeClaim(value, unit, subject, first, end, text[first..end]) { Period = period });
        }
        return claims;
    }

    /// <summary>"1,600" is one thousand six hundred; "1,2" (one or two digits after the comma) is a decimal comma.</summary>
    private static string Number(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d+,\d{1,2}$") ? text.Replace(',', '.') : text.Replace(",", "");

    /// <summary>A currency code or sign written before the amount ("USD 410 million", "€3 billion"): its unit.</summary>
    private static string? CurrencyBefore(Lexicon lexicon, Token before)
    {
        if (before.Text.Length > 3 || before.Text.Any(char.IsLower))
            return null;
        return lexicon.Units.FirstOrDefault(u => u.Word == before.Text && u.Unit is "USD" or "EUR" or "RUB" or "BYN" or "GBP" or "CNY").Unit;
    }

    private static (int Start, int End) SentenceSpan(List<Token> tokens, Token token)
    {
        int first = token.Index, last = token.Index;
        while (first > 0 && tokens[first - 1].Sentence == token.Sentence)
            first--;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == token.Sentence)
            last++;
        return (tokens[first].Start, tokens[last].End);
    }

    private static Token? Word(List<Token> tokens, int index, int sentence) =>
        index < tokens.Count && tokens[index].Sentence == sentence && (tokens[index].IsWord || tokens[index].Text is "%" or "$" or "€") ? tokens[index] : null;

    private static (string Unit, int Length)? UnitAt(Lexicon lexicon, List<Token> tokens, int k, int sentence)
    {
        if (Word(tokens, k, sentence) is not { } token)
            return null;
        foreach (var (word, unit) in lexicon.Units)
        {
            var parts = word.Split(' ');
            var cyrillic = word[0] is >= '\u0400' and <= '\u04FF';
            var matches = parts.Length == 1
                ? cyrillic && word.Length >= 3 ? token.Text.StartsWith(word, StringComparison.OrdinalIgnoreCase) : token.Text.Equals(word, StringComparison.OrdinalIgnoreCase)
                : parts.Select((p, i) => Word(tokens, k + i, sentence)?.Text.Equals(p, StringComparison.OrdinalIgnoreCase) == true).All(b => b);
            if (matches)
                return (unit, parts.Length);
        }
        return null;
    }

    /// <summary>Where the quote starts: at a qualifier right before the number ("at least", "не менее"), else at the number.</summary>
    private static int ApproximatorStart(Lexicon lexicon, string text, List<Token> tokens, int index)
    {
        var before = text[Math.Max(0, tokens[index].Start - 20)..tokens[index].Start];
        foreach (var approximator in lexicon.Approximators)
        {
            if (before.EndsWith(approximator + " ", StringComparison.OrdinalIgnoreCase))
                return tokens[index].Start - approximator.Length - 1;
        }
        return tokens[index].Start;
    }
}
