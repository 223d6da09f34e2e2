namespace Chokepoint.Documents.Evaluation;

/// <summary>Runs the extractor over every NAME.txt with a NAME.gold.yaml in a folder and sums the scores.</summary>
public static class ExtractionCases
{
    public sealed record CaseResult(string Name, ExtractionEvaluator.Result Result);

    public static IReadOnlyList<CaseResult> Run(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"{folder}: no such folder");
        var results = new List<CaseResult>();
        foreach (var goldFile in Directory.EnumerateFiles(folder, "*.gold.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(goldFile)[..^".gold.yaml".Length];
            var textFile = Path.Combine(folder, name + ".txt");
            if (!File.Exists(textFile))
                throw new FileNotFoundException($"{goldFile}: no {name}.txt next to it");
            var text = File.ReadAllText(textFile);
            var gold = ExtractionYaml.Read(File.ReadAllText(goldFile));
            var predicted = ExtractionYaml.ToDocument(name + ".txt", DocumentExtractor.Extract(text));
            results.Add(new CaseResult(name, ExtractionEvaluator.Score(text, gold, predicted)));
        }
        if (results.Count == 0)
            throw new FileNotFoundException($"{folder}: no NAME.gold.yaml files");
        return results;
    }

    /// <summary>Per-kind totals over all cases, in the order mentions, claims, relations.</summary>
    public static IReadOnlyList<KindScore> Totals(IReadOnlyList<CaseResult> results) =>
        results.SelectMany(r => r.Result.Kinds).GroupBy(k => k.Kind).Select(g => g.Aggregate((a, b) => a + b)).ToList();

    public static KindScore Micro(IReadOnlyList<KindScore> totals) => totals.Aggregate((a, b) => a + b) with { Kind = "all" };
}
