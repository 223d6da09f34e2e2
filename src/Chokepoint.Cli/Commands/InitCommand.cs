using System.CommandLine;
using Chokepoint.Datasets;
using Chokepoint.Importing;
using Chokepoint.Storage;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint init</c>: create the database and load the bundled datasets under data/ (idempotent).</summary>
public static class InitCommand
{
    public static Command Build()
    {
        var force = new Option<bool>("--force") { Description = "Re-import bundled datasets that are already loaded" };
        var command = new Command("init", "Create the database and load the bundled datasets (idempotent)") { force };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            await LoadBundledAsync(context, store, context.Parse.GetValue(force), cancellationToken);
            return 0;
        }));
        return command;
    }

    public static async Task LoadBundledAsync(CommandContext context, IStore store, bool force, CancellationToken cancellationToken)
    {
        var folder = BundledDatasets.FindDataFolder()
            ?? throw new DirectoryNotFoundException("no data/ folder with bundled datasets found (set CHOKEPOINT_DATA)");
        foreach (var manifest in BundledDatasets.List(folder))
        {
            var outcome = await BundledDatasets.LoadAsync(store, manifest, force,
                (title, work) => ProgressDisplay.RunAsync(context, title, work), cancellationToken);
            if (context.Json)
                context.WriteJson(new { dataset = manifest.Name, loaded = outcome.Loaded, entities = outcome.Dataset.Entities, statements = outcome.Dataset.Statements });
            else
                context.Error.WriteLine(outcome.Loaded
                    ? $"loaded {manifest.Name}: {outcome.Dataset.Entities:N0} entities, {outcome.Dataset.Statements:N0} statements"
                    : $"{manifest.Name} is already loaded ({outcome.Dataset.Entities:N0} entities); --force re-imports it");
        }
    }
}
