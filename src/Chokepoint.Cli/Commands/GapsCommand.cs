using System.CommandLine;
using Chokepoint.Coverage;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint gaps --dataset D</c>: entities listed by some authorities only, and unlisted entities linked to listed ones.</summary>
public static class GapsCommand
{
    public static Command Build()
    {
        var coverage = new CoverageOptions();
        var command = new Command("gaps", "Gap report: entities sanctioned by some authorities but not others, and unlisted owners, suppliers, subsidiaries, directors of listed ones");
        foreach (var option in coverage.All)
            command.Options.Add(option);
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var analysis = await coverage.LoadAsync(context, store, cancellationToken);
            var report = await GapAnalysis.RunAsync(analysis, store.View, cancellationToken);
            return context.Show(report, console => Render(console, report));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, GapReport report)
    {
        console.MarkupLine($"{Markup.Escape(report.Scope)}; authorities loaded: {Markup.Escape(string.Join(", ", report.Loaded))}");
        var partial = new Table().Title("listed by some authorities, not others").AddColumns("entity", "listed by", "missing from", "links", "sole supplies");
        foreach (var g in report.Partial)
            partial.AddRow(Markup.Escape($"{g.Caption} ({g.Id})"), Markup.Escape(string.Join(", ", g.ListedBy)), Markup.Escape(string.Join(", ", g.MissingFrom)), g.Links.ToString(System.Globalization.CultureInfo.InvariantCulture), g.SoleSupplies.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(partial);
        var unlisted = new Table().Title("unlisted entities linked to listed ones").AddColumns("entity", "role", "of", "relation", "50% rule");
        foreach (var u in report.Unlisted)
            unlisted.AddRow(Markup.Escape($"{u.Caption} ({u.Id})"), Markup.Escape(u.Role), Markup.Escape($"{u.LinkedToCaption} ({u.LinkedToId})"), Markup.Escape(u.RelationId), u.BlockedByOwnership ? "[red]blocked[/]" : "");
        console.Write(unlisted);
    }
}
