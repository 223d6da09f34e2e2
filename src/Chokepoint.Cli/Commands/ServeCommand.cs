using System.CommandLine;
using Chokepoint.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint serve</c>: loads the bundled datasets on first start, then serves the web app and API until stopped.</summary>
public static class ServeCommand
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Load the bundled datasets on first start and serve the web app and API") { port };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var portNumber = context.Parse.GetValue(port);
            if (portNumber is < 1 or > 65535)
                throw new ArgumentException($"--port must be between 1 and 65535, not {portNumber}");
            await using (var store = await context.OpenStoreAsync(cancellationToken))
                await InitCommand.LoadBundledAsync(context, store, force: false, cancellationToken);
            var url = $"http://localhost:{portNumber}";
            await using var app = ChokepointWeb.Create([], builder =>
            {
                builder.Configuration[ChokepointWeb.DbSetting] = context.DbLocation;
                builder.WebHost.UseUrls(url);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
            await app.StartAsync(cancellationToken);
            context.Out.WriteLine($"Chokepoint is serving {url} (API docs at {url}/docs/; Ctrl+C stops it)");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        }));
        return command;
    }
}
