using System.CommandLine;
using System.Globalization;
using Chokepoint.Matching.Algorithms;
using Chokepoint.Matching.Evaluation;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint eval pairs FILE.csv</c>: precision, recall and F1 of an algorithm on labelled name pairs.</summary>
public static class EvalPairsCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "CSV: left_name,left_schema,right_name,right_schema,match [,left/right_birth_date, left/right_country, subset]" };
        var algorithm = new Option<string>("--algorithm") { Description = "Scoring algorithm (name-basic, logic-v1)", DefaultValueFactory = _ => MatchAlgorithms.DefaultName };
        var threshold = new Option<double>("--threshold") { Description = "Match threshold", DefaultValueFactory = _ => MatchAlgorithms.DefaultThreshold };
        var mistakes = new Option<bool>("--mistakes") { Description = "Print each pair scored on the wrong side of the threshold" };
        var minQuality = new Option<string?>("--min-quality") { Description = "Skip rows whose label quality column is below this (WEAK, MEDIUM, STRONG)" };
        var pairs = new Command("pairs", "Score labelled name pairs; prints a line per subset and label quality, then precision=P recall=R f1=F pairs=N") { file, algorithm, threshold, mistakes, minQuality };
        pairs.SetAction(CommandContext.Action((context, cancellationToken) =>
        {
            var name = context.Parse.GetValue(algorithm)!;
            var chosen = MatchAlgorithms.TryGet(name) ?? throw new ArgumentException($"unknown algorithm '{name}'; known: {string.Join(", ", MatchAlgorithms.All.Select(a => a.Name))}");
            var result = PairEvaluator.Evaluate(context.Parse.GetValue(file)!, chosen, context.Parse.GetValue(threshold), context.Parse.GetValue(minQuality));
            foreach (var error in result.Errors)
                context.Error.WriteLine($"error: {error}");
            if (context.Parse.GetValue(mistakes))
            {
                foreach (var m in result.Mistakes)
                    context.Error.WriteLine(FormattableString.Invariant($"{(m.Expected ? "missed" : "false match")} {m.Score:0.000} [{m.Subset}{(m.Quality.Length > 0 ? " " + m.Quality : "")}] {m.Left} | {m.Right} (line {m.Line})"));
            }
            foreach (var subset in result.Subsets)
                context.Show(Figures("subset", subset), _ => context.Out.WriteLine($"{subset.Subset}: {subset}"));
            foreach (var quality in result.Qualities)
                context.Show(Figures("quality", quality), _ => context.Out.WriteLine($"quality {quality.Subset}: {quality}"));
            if (result.Skipped > 0 && !context.Json)
                context.Out.WriteLine($"skipped {result.Skipped} pairs labelled below {context.Parse.GetValue(minQuality)}");
            context.Show(Figures("subset", result.Overall), _ => context.Out.WriteLine(result.Overall.ToString()));
            return Task.FromResult(result.Errors.Count == 0 ? 0 : 1);
        }));
        return pairs;
    }

    private static Dictionary<string, object> Figures(string kind, PairReport report) => new()
    {
        [kind] = report.Subset,
        ["precision"] = Math.Round(report.Precision, 4),
        ["recall"] = Math.Round(report.Recall, 4),
        ["f1"] = Math.Round(report.F1, 4),
        ["pairs"] = report.Pairs,
        ["true_positives"] = report.TruePositives,
        ["false_positives"] = report.FalsePositives,
        ["false_negatives"] = report.FalseNegatives,
    };
}
