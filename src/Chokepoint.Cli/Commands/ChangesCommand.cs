using System.CommandLine;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint changes --dataset NAME</c>: the releases of a dataset, oldest first.</summary>
public static class ChangesCommand
{
    public static Command Build()
    {
        var dataset = new Option<string>("--dataset", "-d") { Description = "Dataset whose releases to list", Required = true };
        var command = new Command("changes", "List the releases of a dataset (compare two with `diff`)") { dataset };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var name = context.Parse.GetValue(dataset)!;
            if (await store.View.GetDatasetAsync(name, cancellationToken) is null)
                throw new ArgumentException($"unknown dataset '{name}'");
            var releases = await store.View.ListReleasesAsync(name, cancellationToken);
            return context.ShowEach(releases.Select(r => new { dataset = r.Dataset, release = r.Release, imported_at = r.ImportedAt, entities = r.Entities, statements = r.Statements }), console =>
            {
                var table = new Table().AddColumns("release", "imported at", "entities", "statements");
                table.Columns[2].RightAligned();
                table.Columns[3].RightAligned();
                foreach (var r in releases)
                    table.AddRow(Markup.Escape(r.Release), Markup.Escape(r.ImportedAt), r.Entities.ToString("N0"), r.Statements.ToString("N0"));
                console.Write(table);
            });
        }));
        return command;
    }
}
