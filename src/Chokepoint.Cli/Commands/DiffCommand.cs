using System.CommandLine;
using Chokepoint.History;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint diff --dataset NAME --from R1 --to R2</c>: listed entities added, removed and changed between two releases.</summary>
public static class DiffCommand
{
    public static Command Build()
    {
        var dataset = new Option<string>("--dataset", "-d") { Description = "Dataset to compare", Required = true };
        var from = new Option<string>("--from") { Description = "Earlier release (see `chokepoint changes`)", Required = true };
        var to = new Option<string>("--to") { Description = "Later release", Required = true };
        var command = new Command("diff", "Entities added, removed and changed between two releases of a dataset") { dataset, from, to };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var changes = await ReleaseDiffer.DiffAsync(store, context.Parse.GetValue(dataset)!, context.Parse.GetValue(from)!, context.Parse.GetValue(to)!, cancellationToken);
            if (context.Json)
            {
                foreach (var c in changes)
                {
                    context.WriteJson(new
                    {
                        id = c.Id,
                        schema = c.Schema,
                        change = c.Change.ToString().ToLowerInvariant(),
                        properties = c.Properties.ToDictionary(p => p.Key, p => new { added = p.Value.Added, removed = p.Value.Removed }),
                    });
                }
                return 0;
            }
            var console = context.Console2;
            var table = new Table().AddColumns("id", "schema", "change", "properties");
            foreach (var c in changes)
                table.AddRow(Markup.Escape(c.Id), c.Schema, c.Change.ToString().ToLowerInvariant(), Markup.Escape(string.Join(", ", c.Properties.Keys)));
            console.Write(table);
            console.MarkupLine($"{changes.Count(c => c.Change == ChangeKind.Added):N0} added, {changes.Count(c => c.Change == ChangeKind.Removed):N0} removed, {changes.Count(c => c.Change == ChangeKind.Changed):N0} changed");
            return 0;
        }));
        return command;
    }
}
