using System.CommandLine;
using Chokepoint.Graph;
using Chokepoint.Graph.Paths;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint paths FROM TO [--max-hops 4] [--k 5]</c>: the k shortest evidence-backed paths.</summary>
public static class PathsCommand
{
    public static Command Build()
    {
        var from = new Argument<string>("from") { Description = "Entity id where paths start" };
        var to = new Argument<string>("to") { Description = "Entity id where paths end" };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path, in relations", DefaultValueFactory = _ => 4 };
        var k = new Option<int>("--k", "-k") { Description = "How many paths", DefaultValueFactory = _ => 5 };
        var command = new Command("paths", "The k shortest paths between two entities, each relation with its sources") { from, to, maxHops, k };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var network = await NetworkLoader.LoadAsync(store.View, null, null, cancellationToken);
            var report = await PathFinder.FindAsync(store.View, network.Graph, context.Parse.GetValue(from)!, context.Parse.GetValue(to)!,
                context.Parse.GetValue(k), context.Parse.GetValue(maxHops), cancellationToken);
            return context.ShowEach(report.Paths, console =>
            {
                console.MarkupLine($"{report.Paths.Count} path(s) of at most {report.MaxHops} hops from [bold]{Markup.Escape(report.FromCaption)}[/] to [bold]{Markup.Escape(report.ToCaption)}[/]");
                foreach (var path in report.Paths)
                {
                    var table = new Table().Title(Markup.Escape($"{path.Hops} hop(s): {path.Text}")).AddColumns("from", "relation", "to", "sources");
                    foreach (var step in path.Steps)
                    {
                        table.AddRow(Markup.Escape(step.FromCaption), Markup.Escape($"{(step.Forward ? "" : "<- ")}{step.Relation}{(step.Label is null ? "" : $" ({step.Label})")}{(step.Forward ? " ->" : "")}\n{step.RelationId}"),
                            Markup.Escape(step.ToCaption), Markup.Escape(string.Join("\n", step.Sources.Select(s => $"{s.SourceId} {s.Grading}"))));
                    }
                    console.Write(table);
                }
            });
        }));
        return command;
    }
}
