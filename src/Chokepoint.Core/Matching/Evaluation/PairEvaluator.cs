using Chokepoint.Matching.Algorithms;
using Chokepoint.Matching.Screening;
using Chokepoint.Model;

namespace Chokepoint.Matching.Evaluation;

/// <summary>
/// Scores labelled pairs (<c>left_name,left_schema,right_name,right_schema,match</c>, optional
/// <c>left/right_birth_date</c>, <c>left/right_country</c>, <c>subset</c>, <c>quality</c>) with one algorithm at a
/// threshold. <c>quality</c> is the strength of a label as nomenklatura's name_bench grades it (STRONG, MEDIUM, WEAK:
/// "the label is more tiebreaker than fact"); rows below <c>minQuality</c> are skipped, rows without one are kept.
/// </summary>
public static class PairEvaluator
{
    private static readonly string[] Required = ["left_name", "left_schema", "right_name", "right_schema", "match"];

    /// <summary>Label qualities from weakest to strongest.</summary>
    public static readonly string[] QualityOrder = ["WEAK", "MEDIUM", "STRONG"];

    public static PairEvaluation Evaluate(string path, IMatchAlgorithm? algorithm = null, double threshold = MatchAlgorithms.DefaultThreshold, string? minQuality = null)
    {
        var floor = minQuality is null ? 0 : Rank(minQuality) is var r and >= 0 ? r
            : throw new ArgumentException($"unknown label quality '{minQuality}'; known: {string.Join(", ", QualityOrder)}");
        algorithm ??= MatchAlgorithms.Default;
        using var reader = DelimitedReader.Open(path);
        var header = reader.Next()?.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList()
            ?? throw new InvalidDataException($"{path}: the file is empty");
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{path}: missing column(s) {string.Join(", ", missing)}");
        var result = new PairEvaluation();
        while (reader.Next() is { } record)
        {
            if (record.Error is not null)
                throw new InvalidDataException($"{path}:{record.Line}: {record.Error}");
            string Cell(string column) => DelimitedReader.Cell(header, record.Fields, column);
            if (record.Fields.All(string.IsNullOrWhiteSpace))
                continue;
            var quality = Cell("quality").ToUpperInvariant();
            if (Rank(quality) is var rank && rank >= 0 && rank < floor)
            {
                result.Skipped++;
                continue;
            }
            var expected = Cell("match").ToLowerInvariant() is "true" or "1" or "yes" or "y";
            var left = Subject(Cell("left_schema"), Cell("left_name"), Cell("left_birth_date"), Cell("left_country"));
            var right = Subject(Cell("right_schema"), Cell("right_name"), Cell("right_birth_date"), Cell("right_country"));
            if (left is null || right is null)
            {
                result.Errors.Add($"{path}:{record.Line}: unknown schema or empty name");
                continue;
            }
            var score = algorithm.Score(left, right).Score;
            var predicted = score >= threshold;
            result.Add(Cell("subset"), quality, expected, predicted);
            if (expected != predicted)
                result.Mistakes.Add(new PairMistake(record.Line, Cell("subset"), quality, Cell("left_name"), Cell("right_name"), expected, score));
        }
        return result;
    }

    private static int Rank(string quality) =>
        Array.FindIndex(QualityOrder, q => string.Equals(q, quality, StringComparison.OrdinalIgnoreCase));

    private static MatchSubject? Subject(string schemaName, string name, string birthDate, string country)
    {
        if (SchemaModel.Default.TryGet(schemaName.Length == 0 ? "LegalEntity" : schemaName) is not { } schema || name.Length == 0)
            return null;
        var properties = new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name] };
        if (birthDate.Length > 0 && PartialDate.TryParse(birthDate, out var date))
            properties[schema.IsA("Person") ? "birthDate" : "incorporationDate"] = [date.ToString()];
        if (country.Length > 0 && Countries.TryNormalize(country) is { } code && schema.GetProperty("country") is not null)
            properties["country"] = [code];
        return MatchSubject.FromProperties(schema, properties);
    }
}
