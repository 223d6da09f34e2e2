using System.CommandLine;
using Chokepoint.Graph;
using Chokepoint.Graph.Chokepoints;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint chokepoints [--dataset D] [--remove ID]</c>: single suppliers, cut entities, betweenness, what-if removal.</summary>
public static class ChokepointsCommand
{
    public static Command Build()
    {
        var dataset = GraphOptions.Dataset("Only this dataset's relations (default: the whole store)");
        var remove = new Option<string?>("--remove") { Description = "What if this entity were removed: which products and flows lose their only supplier" };
        var pivots = new Option<int>("--pivots") { Description = "Betweenness is exact up to this many source entities, sampled beyond", DefaultValueFactory = _ => 2000 };
        var top = new Option<int>("--top") { Description = "How many of the most central entities to show", DefaultValueFactory = _ => 20 };
        var command = new Command("chokepoints", "Chokepoints of the supply network: single-supplier products, articulation points, betweenness, removal") { dataset, remove, pivots, top };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var name = context.Parse.GetValue(dataset);
            if (name is not null && await store.View.GetDatasetAsync(name, cancellationToken) is null)
                throw new ArgumentException($"unknown dataset '{name}'");
            var network = await NetworkLoader.LoadAsync(store.View, name, null, cancellationToken);
            var report = ChokepointAnalysis.Run(network.Graph, name, context.Parse.GetValue(remove), context.Parse.GetValue(pivots), context.Parse.GetValue(top));
            return context.Show(report, console => Render(console, report));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, ChokepointReport report)
    {
        console.MarkupLine($"supply network: [bold]{report.Entities}[/] entities, [bold]{report.Supplies}[/] supply relations");
        var single = new Table().Title("products with a single supplier").AddColumns("product", "supplier", "recipients", "relations");
        foreach (var s in report.SingleSupplierProducts)
            single.AddRow(Markup.Escape(s.ProductCaption), Markup.Escape(s.SupplierCaption), Markup.Escape(string.Join(", ", s.RecipientIds)), Markup.Escape(string.Join("\n", s.RelationIds)));
        console.Write(single);
        var cuts = new Table().Title("articulation points (removal splits the supply network)").AddColumns("entity", "parts");
        foreach (var c in report.ArticulationPoints)
            cuts.AddRow(Markup.Escape($"{c.Caption} ({c.Id})"), c.Parts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(cuts);
        var central = new Table().Title($"betweenness ({(report.BetweennessExact ? "exact" : $"estimated from {report.BetweennessSources} sources")})").AddColumns("entity", "score");
        foreach (var c in report.Betweenness)
            central.AddRow(Markup.Escape($"{c.Caption} ({c.Id})"), c.Score.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        console.Write(central);
        if (report.Removal is { } removal)
        {
            console.MarkupLine($"without [bold]{Markup.Escape(removal.Caption)}[/]: {removal.LostProducts.Count} product(s) lose their only supplier, {removal.LostFlows.Count} flow(s) stop, {removal.RecipientsWithoutSupply.Count} recipient(s) lose all supply");
            foreach (var product in removal.LostProducts)
                console.MarkupLine($"  product: {Markup.Escape(product)}");
            foreach (var flow in removal.LostFlows)
                console.MarkupLine($"  flow: {Markup.Escape(flow.ProductCaption)} -> {Markup.Escape(flow.RecipientCaption)} ({Markup.Escape(flow.RelationId)})");
            foreach (var recipient in removal.RecipientsWithoutSupply)
                console.MarkupLine($"  recipient: {Markup.Escape(recipient)}");
        }
    }
}
