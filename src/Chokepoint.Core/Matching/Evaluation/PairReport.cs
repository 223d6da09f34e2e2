namespace Chokepoint.Matching.Evaluation;

/// <summary>Counts of one evaluation (all pairs or one subset), with precision, recall and F1.</summary>
public sealed class PairReport(string subset)
{
    public string Subset { get; } = subset;
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    public int TrueNegatives { get; set; }

    public int Pairs => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool expected, bool predicted)
    {
        if (expected && predicted) TruePositives++;
        else if (predicted) FalsePositives++;
        else if (expected) FalseNegatives++;
        else TrueNegatives++;
    }

    public override string ToString() =>
        FormattableString.Invariant($"precision={Precision:0.000} recall={Recall:0.000} f1={F1:0.000} pairs={Pairs}");
}
