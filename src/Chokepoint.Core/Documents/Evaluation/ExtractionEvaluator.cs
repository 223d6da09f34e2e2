using Chokepoint.Documents.Text;

namespace Chokepoint.Documents.Evaluation;

/// <summary>
/// Scores an extraction against gold with the issue's rules: a mention matches when any surface form equals a gold
/// form after case and punctuation folding; a claim when the value is within 0.5% and the quotes overlap; a relation
/// when the predicate is equal and both ends match the gold ends' mentions.
/// </summary>
public static class ExtractionEvaluator
{
    public sealed record Result(IReadOnlyList<KindScore> Kinds, IReadOnlyList<string> Misses);

    public static Result Score(string text, ExtractionDocument gold, ExtractionDocument predicted)
    {
        var misses = new List<string>();
        var mentions = Count("mentions", predicted.Mentions, gold.Mentions, MentionMatches, m => $"{m.Kind} {m.Entity} [{string.Join(" | ", m.Forms)}]", misses);
        var claims = Count("claims", predicted.Claims, gold.Claims, (p, g) => ClaimMatches(text, p, g), c => $"{c.Value} {c.Unit} \"{c.Quote}\"", misses);
        var relations = Count("relations", predicted.Relations, gold.Relations,
            (p, g) => p.Predicate == g.Predicate && EndMatches(p.Subject, predicted, g.Subject, gold) && EndMatches(p.Object, predicted, g.Object, gold),
            r => $"{r.Subject} {r.Predicate} {r.Object}", misses);
        return new Result([mentions, claims, relations], misses);
    }

    private static KindScore Count<T>(string kind, List<T> predicted, List<T> gold, Func<T, T, bool> matches, Func<T, string> show, List<string> misses)
    {
        var predictedMatched = 0;
        foreach (var p in predicted)
        {
            if (gold.Any(g => matches(p, g)))
                predictedMatched++;
            else
                misses.Add($"  extra {kind}: {show(p)}");
        }
        var goldMatched = 0;
        foreach (var g in gold)
        {
            if (predicted.Any(p => matches(p, g)))
                goldMatched++;
            else
                misses.Add($"  missed {kind}: {show(g)}");
        }
        return new KindScore(kind, predicted.Count, predictedMatched, gold.Count, goldMatched);
    }

    private static bool MentionMatches(GoldMention predicted, GoldMention gold) =>
        predicted.Forms.Any(p => gold.Forms.Any(g => NameKey.Fold(p) == NameKey.Fold(g)));

    private static bool ClaimMatches(string text, GoldClaim predicted, GoldClaim gold)
    {
        if (Math.Abs(predicted.Value - gold.Value) > Math.Abs(gold.Value) * 0.005)
            return false;
        var p = text.IndexOf(predicted.Quote, StringComparison.Ordinal);
        var g = text.IndexOf(gold.Quote, StringComparison.Ordinal);
        if (p < 0 || g < 0)
            return predicted.Quote.Contains(gold.Quote, StringComparison.Ordinal) || gold.Quote.Contains(predicted.Quote, StringComparison.Ordinal);
        return p < g + gold.Quote.Length && g < p + predicted.Quote.Length;
    }

    private static bool EndMatches(string predictedEnd, ExtractionDocument predicted, string goldEnd, ExtractionDocument gold)
    {
        var predictedForms = FormsOf(predictedEnd, predicted);
        var goldForms = FormsOf(goldEnd, gold);
        return predictedForms.Overlaps(goldForms);
    }

    private static HashSet<string> FormsOf(string entity, ExtractionDocument document)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { NameKey.Fold(entity) };
        foreach (var mention in document.Mentions.Where(m => m.Entity == entity))
            forms.UnionWith(mention.Forms.Select(NameKey.Fold));
        return forms;
    }
}
