using System.Text.RegularExpressions;

namespace Chokepoint.Documents.Text;

/// <summary>
/// Splits text into word and punctuation tokens and numbers the sentences (end mark + space, unless a lower-case word
/// follows as after "Co., Ltd. and"; or a line break).
/// </summary>
public static partial class Tokenizer
{
    // Words keep internal hyphens ("Zenit-BelOMO", "Mi-8", "558-й") and digit groups ("1,600", "2.5"); a comma with one or
    // two digits after it is a decimal comma ("1,2 млрд").
    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?(?:[-–][\p{L}\p{N}]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-–][\p{L}\p{M}\p{N}]+)*|\S")]
    private static partial Regex Pattern();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sentence = 0;
        var wordsInSentence = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            var value = match.Value;
            var isWord = char.IsLetterOrDigit(value[0]);
            if (tokens.Count > 0)
            {
                var gap = text.AsSpan(tokens[^1].End, match.Index - tokens[^1].End);
                var previous = tokens[^1].Text;
                if (gap.Contains('\n') || previous is "." or "!" or "?" && (gap.Length > 0 || isWord && char.IsUpper(value[0])) && !IsInitial(tokens)
                    && !(isWord && char.IsLower(value[0])))
                {
                    sentence++;
                    wordsInSentence = 0;
                }
            }
            var bullet = tokens.Count >= 2 && tokens[^1].Text is "-" or "•" or "—" && !tokens[^2].IsWord;
            tokens.Add(new Token(tokens.Count, match.Index, match.Index + value.Length, value, isWord, sentence)
            {
                SentenceStart = isWord && (wordsInSentence == 0 || bullet),
            });
            if (isWord)
                wordsInSentence++;
        }
        return tokens;
    }

    // "I. V. Vavilov": a single capital letter before a period is an initial, not a sentence end.
    private static bool IsInitial(List<Token> tokens) =>
        tokens.Count >= 2 && tokens[^1].Text == "." && tokens[^2].Text.Length == 1 && char.IsUpper(tokens[^2].Text[0]);
}
