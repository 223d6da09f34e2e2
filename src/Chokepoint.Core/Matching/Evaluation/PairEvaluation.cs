namespace Chokepoint.Matching.Evaluation;

/// <summary>The outcome of scoring a pairs file: overall and per-subset reports, the pairs scored wrongly, and rows that could not be read.</summary>
public sealed class PairEvaluation
{
    private readonly SortedDictionary<string, PairReport> _subsets = new(StringComparer.Ordinal);

    public PairReport Overall { get; } = new("all");

    public IReadOnlyCollection<PairReport> Subsets => _subsets.Values;

    public List<PairMistake> Mistakes { get; } = [];

    public List<string> Errors { get; } = [];

    internal void Add(string subset, bool expected, bool predicted)
    {
        Overall.Add(expected, predicted);
        if (subset.Length == 0)
            return;
        if (!_subsets.TryGetValue(subset, out var report))
            _subsets[subset] = report = new PairReport(subset);
        report.Add(expected, predicted);
    }
}

/// <summary>A pair the algorithm got wrong at the threshold: shown by <c>eval pairs --mistakes</c> for tuning.</summary>
public sealed record PairMistake(int Line, string Subset, string Left, string Right, bool Expected, double Score);
