using System.CommandLine;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint datasets</c>: name, title, entities, statements, updated.</summary>
public static class DatasetsCommand
{
    public static Command Build()
    {
        var command = new Command("datasets", "List the datasets in the store");
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var datasets = await store.View.ListDatasetsAsync(cancellationToken);
            return context.ShowEach(datasets.Select(d => new { name = d.Name, title = d.Title ?? d.Name, entities = d.Entities, statements = d.Statements, updated = d.Updated, license = d.License, publisher = d.Publisher }), console =>
            {
                var table = new Table().AddColumns("name", "title", "entities", "statements", "updated");
                table.Columns[2].RightAligned();
                table.Columns[3].RightAligned();
                foreach (var d in datasets)
                    table.AddRow(Markup.Escape(d.Name), Markup.Escape(d.Title ?? d.Name), d.Entities.ToString("N0"), d.Statements.ToString("N0"), Markup.Escape(d.Updated ?? ""));
                console.Write(table);
            });
        }));
        return command;
    }
}
