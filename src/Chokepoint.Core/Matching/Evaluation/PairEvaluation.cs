namespace Chokepoint.Matching.Evaluation;

/// <summary>
/// The outcome of scoring a pairs file: overall, per-subset and per-label-quality reports, the pairs scored wrongly,
/// and rows that could not be read.
/// </summary>
public sealed class PairEvaluation
{
    private readonly SortedDictionary<string, PairReport> _subsets = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PairReport> _qualities = new(StringComparer.Ordinal);

    public PairReport Overall { get; } = new("all");

    public IReadOnlyCollection<PairReport> Subsets => _subsets.Values;

    /// <summary>One report per label quality (STRONG, MEDIUM, WEAK) when the file has a <c>quality</c> column.</summary>
    public IReadOnlyCollection<PairReport> Qualities => _qualities.Values;

    /// <summary>Rows left out because their label quality is below the minimum asked for.</summary>
    public int Skipped { get; internal set; }

    public List<PairMistake> Mistakes { get; } = [];

    public List<string> Errors { get; } = [];

    internal void Add(string subset, string quality, bool expected, bool predicted)
    {
        Overall.Add(expected, predicted);
        AddTo(_subsets, subset, expected, predicted);
        AddTo(_qualities, quality, expected, predicted);
    }

    private static void AddTo(SortedDictionary<string, PairReport> reports, string key, bool expected, bool predicted)
    {
        if (key.Length == 0)
            return;
        if (!reports.TryGetValue(key, out var report))
            reports[key] = report = new PairReport(key);
        report.Add(expected, predicted);
    }
}

/// <summary>A pair the algorithm got wrong at the threshold: shown by <c>eval pairs --mistakes</c> for tuning.</summary>
public sealed record PairMistake(int Line, string Subset, string Quality, string Left, string Right, bool Expected, double Score);
