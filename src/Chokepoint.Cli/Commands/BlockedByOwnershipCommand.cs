using System.CommandLine;
using Chokepoint.Graph;
using Chokepoint.Graph.Ownership;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint blocked-by-ownership [--authority A]</c>: every entity blocked by the 50% rule without being listed.</summary>
public static class BlockedByOwnershipCommand
{
    public static Command Build()
    {
        var authority = GraphOptions.Authority();
        var command = new Command("blocked-by-ownership", "List entities blocked by aggregate ownership (OFAC 50% rule), with share and chains") { authority };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var network = await NetworkLoader.LoadAsync(store.View, null, null, cancellationToken);
            var reports = OwnershipAnalysis.Run(network, context.Parse.GetValue(authority)).BlockedByOwnership();
            return context.ShowEach(reports, console =>
            {
                var table = new Table().AddColumns("entity", "share", "unknown", "chain");
                table.Columns[1].RightAligned();
                foreach (var report in reports)
                {
                    table.AddRow(Markup.Escape($"{report.Caption} ({report.Id})"), $"{report.Share:0.##}%", report.UnknownShares.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Markup.Escape(string.Join("\n", report.Chains.Select(c => c.Text))));
                }
                console.Write(table);
                console.MarkupLine($"[bold]{table.Rows.Count}[/] entities blocked by ownership");
            });
        }));
        return command;
    }
}
