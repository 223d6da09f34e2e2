using System.CommandLine;
using Chokepoint.Graph;
using Chokepoint.Graph.Ownership;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint ownership ID [--authority A]</c>: the 50% rule explained for one entity.</summary>
public static class OwnershipCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "Entity id of the company" };
        var authority = GraphOptions.Authority();
        var command = new Command("ownership", "Explain whether an entity is blocked by aggregate ownership (OFAC 50% rule): owners, shares, chains") { id, authority };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var network = await NetworkLoader.LoadAsync(store.View, null, null, cancellationToken);
            var report = OwnershipAnalysis.Run(network, context.Parse.GetValue(authority)).Explain(context.Parse.GetValue(id)!);
            return context.Show(report, console => Render(console, report));
        }));
        return command;
    }

    public static void Render(IAnsiConsole console, OwnershipReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(report.Caption)}[/] [grey]{Markup.Escape(report.Id)}[/]: [bold]{Markup.Escape(report.Status)}[/]");
        console.MarkupLine($"share held by blocked owners: [bold]{report.Share:0.##}%[/]" +
            (report.UnknownShares > 0 ? $"; [yellow]{report.UnknownShares} blocked owner(s) with unknown percentage[/]" : ""));
        foreach (var listing in report.Listings)
            console.MarkupLine($"listed: {Markup.Escape(listing)}");
        if (report.Owners.Count > 0)
        {
            var table = new Table().AddColumns("owner", "status", "share", "stated", "relation");
            foreach (var owner in report.Owners)
            {
                table.AddRow(Markup.Escape($"{owner.OwnerCaption} ({owner.OwnerId})"), Markup.Escape(owner.OwnerStatus),
                    owner.Percent is { } p ? $"{p:0.##}%" : "[yellow]unknown[/]", Markup.Escape(owner.Stated ?? ""), Markup.Escape(owner.RelationId));
            }
            console.Write(table);
        }
        foreach (var chain in report.Chains)
            console.MarkupLine($"chain: {Markup.Escape(chain.Text)}");
    }
}
