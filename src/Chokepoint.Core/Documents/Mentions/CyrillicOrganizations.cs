using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Mentions;

/// <summary>
/// Russian and Belarusian organization names, which are lower case after the first word:
/// "Минский завод колёсных тягачей", "558-й авиационный ремонтный завод", "Министерству обороны России".
/// </summary>
internal static class CyrillicOrganizations
{
    private static readonly string[] AdjectiveEndings = ["ый", "ий", "ой", "ая", "ое", "ые", "ого", "ому", "ского", "ной", "ном"];
    private static readonly string[] GenitiveEndings = ["ых", "их", "ов", "ев", "ей", "ии", "ия", "ы", "и", "а", "я"];

    public static void Find(NameCues cues, MentionSet set)
    {
        var tokens = cues.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || !token.IsCyrillic || !cues.Lexicon.OrgTypeStems.Any(s => token.Text.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                continue;
            var first = i;
            while (first - 1 >= 0 && first - i < 4 && cues.Previous(first) is { IsWord: true } left && IsAdjective(left))
                first--;
            var named = char.IsUpper(tokens[first].Text[0]) || char.IsDigit(tokens[first].Text[0]);
            if (!named)
                continue;
            var last = i;
            while (last - i < 3 && cues.Next(last) is { IsWord: true } right && right.IsCyrillic && !cues.IsPreposition(right)
                   && GenitiveEndings.Any(e => right.Text.EndsWith(e, StringComparison.Ordinal)))
                last++;
            // A type word alone ("Холдинг «БелОМО»" at a sentence start) names nothing by itself.
            if (set.Overlaps(tokens[first].Start, tokens[last].End) || first == last)
                continue;
            var surface = cues.Span(first, last);
            set.Add(MentionKind.Organization, surface, tokens[first].Start, tokens[last].End, surface, 0.85, "cyrillic-type-word");
            i = last;
        }
    }

    private static bool IsAdjective(Token token) =>
        token.IsCyrillic && AdjectiveEndings.Any(e => token.Text.EndsWith(e, StringComparison.Ordinal))
        || char.IsDigit(token.Text[0]) && token.Text.EndsWith("-й", StringComparison.Ordinal);
}
