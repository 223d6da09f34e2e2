using System.CommandLine;
using Chokepoint.Matching;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint match "NAME" --schema Person --birth-date 1954</c>: scored, explained matches from every loaded dataset.</summary>
public static class MatchCommand
{
    public static Command Build()
    {
        var name = new Argument<string>("name") { Description = "Name to match (any script)" };
        var options = new MatchOptions();
        var command = new Command("match", "Match one name against every loaded dataset: scored, explained candidates") { name };
        options.AddTo(command);
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var parameters = options.Parameters(context.Parse);
            var algorithm = parameters.Validate();
            var query = QueryParser.Single(context.Parse.GetValue(options.Schema)!, context.Parse.GetValue(name)!,
                context.Parse.GetValue(options.BirthDate), context.Parse.GetValue(options.Country), context.Parse.GetValue(options.Identifier));
            var (subject, cleaned) = QueryParser.Parse("name", query, parameters.Transliterate);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var matcher = new Matcher(await MatchIndex.BuildAsync(store.View, cancellationToken));
            var (results, total) = matcher.Run(subject, parameters, algorithm, matcher.Scope(context.Parse.GetValue(options.Dataset)!, parameters));
            return context.Show(new { query = cleaned, algorithm = algorithm.Name, results, total = new MatchTotal(total) }, console =>
            {
                console.MarkupLine($"{total} match(es) at threshold {parameters.Threshold} ({Markup.Escape(algorithm.Name)}), names compared as: {Markup.Escape(string.Join(" | ", subject.Names))}");
                var table = new Table().AddColumns("score", "match", "id", "caption", "schema", "datasets", "features");
                foreach (var r in results)
                {
                    table.AddRow(r.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), r.Match ? "yes" : "no", Markup.Escape(r.Id), Markup.Escape(r.Caption), r.Schema,
                        Markup.Escape(string.Join(", ", r.Datasets)), Markup.Escape(string.Join("\n", r.Explanations.Select(e => FormattableString.Invariant($"{e.Key}={e.Value.Value:0.###} (weight {e.Value.Weight})")))));
                }
                console.Write(table);
            });
        }));
        return command;
    }
}
