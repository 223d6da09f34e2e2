using System.CommandLine;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint stats [--dataset NAME]</c>: entity count per schema and statement totals.</summary>
public static class StatsCommand
{
    public static Command Build()
    {
        var dataset = new Option<string?>("--dataset", "-d") { Description = "Only this dataset" };
        var command = new Command("stats", "Counts of entities per schema and statements") { dataset };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var name = context.Parse.GetValue(dataset);
            if (name is not null && await store.View.GetDatasetAsync(name, cancellationToken) is null)
                throw new ArgumentException($"unknown dataset '{name}'");
            var stats = await store.View.GetStatsAsync(name, cancellationToken);
            return context.Show(new { dataset = name, entities = stats.Entities, statements = stats.Statements, schemata = stats.Schemata, datasets = stats.Datasets }, console =>
            {
                console.MarkupLine($"[bold]{stats.Entities:N0}[/] entities, [bold]{stats.Statements:N0}[/] statements" + (name is null ? $" in {stats.Datasets.Count} datasets" : $" in {Markup.Escape(name)}"));
                if (stats.Schemata.Count == 0)
                    return;
                var chart = new BarChart().Width(60).Label("entities per schema");
                foreach (var (schema, count) in stats.Schemata.OrderByDescending(kv => kv.Value))
                    chart.AddItem(schema, count, Color.SteelBlue);
                console.Write(chart);
            });
        }));
        return command;
    }
}
