using System.CommandLine;
using System.Globalization;
using Chokepoint.Documents.Evaluation;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint eval extraction DIR</c>: precision and recall of extraction against gold annotations.</summary>
public static class EvalExtractionCommand
{
    public static Command Build()
    {
        var folder = new Argument<string>("dir") { Description = "Folder of NAME.txt documents, each with NAME.gold.yaml" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every extra and missed item" };
        var command = new Command("extraction", "Per-kind precision and recall of document extraction; last line: precision=P recall=R f1=F") { folder, verbose };
        command.SetAction(CommandContext.Action((context, _) =>
        {
            var results = ExtractionCases.Run(context.Parse.GetValue(folder)!);
            foreach (var result in results)
            {
                context.Out.WriteLine($"{result.Name}: " + string.Join(" ", result.Result.Kinds.Select(Format)));
                if (context.Parse.GetValue(verbose))
                {
                    foreach (var miss in result.Result.Misses)
                        context.Out.WriteLine(miss);
                }
            }
            var totals = ExtractionCases.Totals(results);
            foreach (var kind in totals)
                context.Out.WriteLine($"{kind.Kind}: precision={F(kind.Precision)} recall={F(kind.Recall)} (predicted {kind.Predicted}, gold {kind.Gold})");
            var micro = ExtractionCases.Micro(totals);
            context.Out.WriteLine($"precision={F(micro.Precision)} recall={F(micro.Recall)} f1={F(micro.F1)}");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static string Format(KindScore k) => $"{k.Kind} P={F(k.Precision)} R={F(k.Recall)}";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
