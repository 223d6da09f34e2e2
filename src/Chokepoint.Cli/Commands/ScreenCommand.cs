using System.CommandLine;
using Chokepoint.Matching;
using Chokepoint.Matching.Screening;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint screen names.csv -o results.csv</c>: batch screening, one output row per match, broken rows reported by line.</summary>
public static class ScreenCommand
{
    public static Command Build()
    {
        var input = new Argument<string>("file") { Description = "CSV with a 'name' column (optional id, schema, birth_date, country, identifier); delimiter and encoding are detected" };
        var output = new Option<string?>("--output", "-o") { Description = "Output CSV (default: standard output)" };
        var options = new MatchOptions();
        var command = new Command("screen", "Screen a file of names against every loaded dataset") { input, output };
        options.AddTo(command, single: false);
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var parameters = options.Parameters(context.Parse);
            parameters.Validate();
            var path = context.Parse.GetValue(input)!;
            if (!File.Exists(path))
                throw new FileNotFoundException($"{path}: no such file");
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var matcher = new Matcher(await MatchIndex.BuildAsync(store.View, cancellationToken));
            var outPath = context.Parse.GetValue(output);
            await using var writer = outPath is null ? TextWriter.Synchronized(context.Out) : new StreamWriter(outPath);
            var screener = new Screener(matcher, parameters, context.Parse.GetValue(options.Dataset)!);
            var summary = await ProgressDisplay.RunAsync(context, $"screen {Path.GetFileName(path)}",
                progress => screener.RunAsync(path, writer, progress, cancellationToken), p => $"{p.Records:N0} rows, {p.Statements:N0} hits");
            foreach (var error in summary.Errors)
                context.Fail(error);
            var rate = summary.Rows / Math.Max(summary.Elapsed.TotalSeconds, 1e-6);
            if (context.Json)
                context.Error.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { rows = summary.Rows, hits = summary.Hits, matches = summary.Matches, errors = summary.Errors.Count, names_per_s = Math.Round(rate) }, CommandContext.JsonOptions));
            else
                context.Error.WriteLine($"rows={summary.Rows} hits={summary.Hits} matches={summary.Matches} errors={summary.Errors.Count} names_per_s={rate:0} delimiter='{summary.Delimiter}' encoding={summary.Encoding}");
            return summary.Errors.Count == 0 ? 0 : 1;
        }));
        return command;
    }
}
