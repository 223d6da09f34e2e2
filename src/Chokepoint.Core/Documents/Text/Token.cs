namespace Chokepoint.Documents.Text;

/// <summary>One word or punctuation mark of a document, with its character span and sentence.</summary>
public sealed record Token(int Index, int Start, int End, string Text, bool IsWord, int Sentence)
{
    /// <summary>First word of its sentence, heading or list item: capitalization there says nothing about names.</summary>
    public bool SentenceStart { get; init; }

    public bool Capitalized => IsWord && (char.IsUpper(Text[0]) || char.IsDigit(Text[0]) && Text.Any(char.IsLetter));

    public bool AllCaps => IsWord && Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);

    public bool IsNumber => IsWord && Text.All(c => char.IsDigit(c) || c == ',' || c == '.');

    public bool IsCyrillic => Text.Any(c => c is >= '\u0400' and <= '\u04FF');
}
