namespace Chokepoint.Documents.Evaluation;

/// <summary>Counts for one kind (mentions, claims, relations): predictions that match gold, gold items that were found.</summary>
public sealed record KindScore(string Kind, int Predicted, int PredictedMatched, int Gold, int GoldMatched)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)PredictedMatched / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)GoldMatched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static KindScore operator +(KindScore a, KindScore b) =>
        new(a.Kind, a.Predicted + b.Predicted, a.PredictedMatched + b.PredictedMatched, a.Gold + b.Gold, a.GoldMatched + b.GoldMatched);
}
