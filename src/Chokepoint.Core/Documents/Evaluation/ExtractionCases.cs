namespace Chokepoint.Documents.Evaluation;

/// <summary>
/// Runs the extractor over every NAME.txt (or NAME.html, NAME.pdf: read as ingest reads them, boilerplate dropped)
/// with a NAME.gold.yaml in a folder and sums the scores.
/// </summary>
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
            var textFile = Extensions.Select(e => Path.Combine(folder, name + e)).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"{goldFile}: no {name}.txt, .html or .pdf next to it");
            var text = ReadText(textFile);
            var gold = ExtractionYaml.Read(File.ReadAllText(goldFile));
            var predicted = ExtractionYaml.ToDocument(Path.GetFileName(textFile), DocumentExtractor.Extract(text));
            results.Add(new CaseResult(name, ExtractionEvaluator.Score(text, gold, predicted)));
        }
        if (results.Count == 0)
            throw new FileNotFoundException($"{folder}: no NAME.gold.yaml files");
        return results;
    }

    /// <summary>The text the extractor sees in a case file: as is for .txt, the main text for .html and .pdf.</summary>
    public static string ReadText(string path)
    {
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return File.ReadAllText(path);
        var bytes = File.ReadAllBytes(path);
        return Ingestion.DocumentReader.Parse(path, bytes, Ingestion.DocumentReader.FormatOf(path, null, bytes, path)).Text;
    }

    private static readonly string[] Extensions = [".txt", ".html", ".pdf"];

    /// <summary>Per-kind totals over all cases, in the order mentions, claims, relations.</summary>
    public static IReadOnlyList<KindScore> Totals(IReadOnlyList<CaseResult> results) =>
        results.SelectMany(r => r.Result.Kinds).GroupBy(k => k.Kind).Select(g => g.Aggregate((a, b) => a + b)).ToList();

    public static KindScore Micro(IReadOnlyList<KindScore> totals) => totals.Aggregate((a, b) => a + b) with { Kind = "all" };
}
