namespace Chokepoint.Documents.Mentions;

/// <summary>Every mention of one named thing in a document, with the rule that recognized it and how sure it is.</summary>
public sealed class MentionCluster(int id, string kind, string canonical, double confidence, string rule)
{
    public int Id { get; } = id;
    public string Kind { get; set; } = kind;
    public string Canonical { get; set; } = canonical;

    /// <summary>How sure the recognizer is that this is a name of this kind (0..1), from the strongest rule that fired.</summary>
    public double Confidence { get; set; } = confidence;
    public string Rule { get; set; } = rule;
    public List<MentionOccurrence> Occurrences { get; } = [];

    /// <summary>Acronyms defined for this name in the text ("Minsk Wheeled Tractor Plant (MZKT)").</summary>
    public List<string> Acronyms { get; } = [];

    public IEnumerable<string> Forms => Occurrences.Select(o => o.Surface).Distinct(StringComparer.Ordinal);

    public MentionOccurrence First => Occurrences.MinBy(o => o.Start)!;
}
