using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Mentions;

/// <summary>Word tests shared by the mention rules, over one tokenized document.</summary>
internal sealed class NameCues(string text, List<Token> tokens)
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "Of", "For", "By", "With", "From", "To", "And", "Or", "But", "If", "As",
        "Since", "However", "This", "That", "These", "Those", "It", "Its", "There", "Here", "Only", "Also", "Even",
        "Perhaps", "Moreover", "Instead", "Today", "Currently", "Recently", "Following", "According", "Despite",
        "Within", "Back", "Whether", "Could", "What", "How", "Why", "When", "Where", "Quite", "Both", "Many",
        "В", "На", "По", "С", "Как", "Это", "Но", "И", "А",
    };

    private readonly HashSet<string> _lowerWords = tokens.Where(t => t.IsWord && char.IsLower(t.Text[0]))
        .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    public Lexicon Lexicon { get; } = Lexicon.Default;
    public string Text { get; } = text;
    public List<Token> Tokens { get; } = tokens;

    public Token? At(int index) => index >= 0 && index < Tokens.Count ? Tokens[index] : null;

    /// <summary>The next token, when nothing but spaces separates it from the previous one's sentence.</summary>
    public Token? Next(int index) => At(index + 1) is { } t && t.Sentence == Tokens[index].Sentence ? t : null;

    public Token? Previous(int index) => At(index - 1) is { } t && t.Sentence == Tokens[index].Sentence ? t : null;

    public string Span(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>A capitalized word that is only capitalized because it opens a sentence ("Documents provided ...").</summary>
    public bool IsCommonWord(Token token) =>
        FunctionWords.Contains(token.Text)
        || token.SentenceStart && token.Text.Length > 1 && _lowerWords.Contains(char.ToLowerInvariant(token.Text[0]) + token.Text[1..]);

    public bool IsDemonym(string word) =>
        Lexicon.Demonyms.ContainsKey(word) || word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal) && !Lexicon.Places.ContainsKey(word);

    /// <summary>A given name; Cyrillic ones in any case form ("Дмитрия", "Максима").</summary>
    public bool IsGivenName(string word) =>
        Lexicon.GivenNames.Contains(word)
        || word.Length >= 4 && word[0] is >= '\u0400' and <= '\u04FF'
           && Lexicon.GivenNames.Any(g => g.Length >= 4 && g[0] is >= '\u0400' and <= '\u04FF' && word.Length <= g.Length + 1
               && word.StartsWith(g[..^1], StringComparison.Ordinal) && !Lexicon.Places.ContainsKey(word));

    /// <summary>A title before a name; Cyrillic titles by stem ("председателя", "министра").</summary>
    public bool IsTitle(string word) =>
        Lexicon.Titles.Contains(word)
        || word[0] is >= '\u0400' and <= '\u04FF' && Lexicon.Titles.Any(t => t.Length >= 5 && t[0] is >= '\u0400' and <= '\u04FF' && word.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    /// <summary>A unit or currency code ("USD", "EUR", "km"), never a name.</summary>
    public bool IsUnitWord(string word) => Lexicon.Units.Any(u => u.Word == word);

    public bool IsLegalForm(Token? token) => token is { IsWord: true } && Lexicon.LegalForms.Contains(token.Text);

    public bool IsOrgType(string word) =>
        Lexicon.OrgTypesLatin.Contains(word) || Lexicon.OrgTypeStems.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind a product noun gives ("helicopters" gives aircraft), or null.</summary>
    public string? ProductNounKind(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (noun, kind) in Lexicon.ProductNouns)
        {
            var cyrillic = noun[0] is >= '\u0400' and <= '\u04FF';
            if (cyrillic ? lower.StartsWith(noun, StringComparison.Ordinal) : lower == noun || lower == noun + "s" || lower == noun + "es")
                return kind;
        }
        return null;
    }

    public string? Place(string name) => Lexicon.Places.GetValueOrDefault(name);

    /// <summary>A Cyrillic place in an inflected form ("Минске", "Барановичах"): same stem, a short ending.</summary>
    public string? InflectedPlace(string word)
    {
        if (word.Length < 4 || word[0] is < '\u0400' or > '\u04FF')
            return null;
        foreach (var (form, canonical) in Lexicon.Places)
        {
            var stem = form.Length > 4 ? form[..^1] : form;
            if (form[0] is >= '\u0400' and <= '\u04FF' && word.StartsWith(stem, StringComparison.Ordinal) && word.Length <= form.Length + 3)
                return canonical;
        }
        return null;
    }

    public bool IsPreposition(Token? token) => token is { IsWord: true } && Lexicon.Prepositions.Contains(token.Text);
}
