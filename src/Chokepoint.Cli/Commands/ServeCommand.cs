using System.CommandLine;
using Chokepoint.Storage;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint serve</c>: the web app and API. Until the web host lands it prepares the database and says so.</summary>
public static class ServeCommand
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Load the bundled datasets on first start and serve the web app and API") { port };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            await InitCommand.LoadBundledAsync(context, store, force: false, cancellationToken);
            context.Out.WriteLine($"the web app is coming soon: it will serve http://localhost:{context.Parse.GetValue(port)}; the database at {StoreFactory.Describe(context.DbLocation)} is ready for the CLI");
            return 0;
        }));
        return command;
    }
}
