using System.CommandLine;
using Chokepoint.Web;
using Chokepoint.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint serve [--port N] [--host H] [--open]</c>: loads the bundled datasets on first start, then serves the web app and API until stopped, saying who may use it.</summary>
public static class ServeCommand
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (0.0.0.0 or * for every interface)", DefaultValueFactory = _ => "localhost" };
        var open = new Option<bool>("--open") { Description = "Let every request without credentials act as admin, even with users or off loopback (default: only on loopback while no user exists)" };
        var command = new Command("serve", "Load the bundled datasets on first start and serve the web app and API") { port, host, open };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var portNumber = context.Parse.GetValue(port);
            if (portNumber is < 1 or > 65535)
                throw new ArgumentException($"--port must be between 1 and 65535, not {portNumber}");
            await using (var store = await context.OpenStoreAsync(cancellationToken))
                await InitCommand.LoadBundledAsync(context, store, force: false, cancellationToken);
            var hostName = context.Parse.GetValue(host)!;
            if (hostName.Length == 0 || hostName.Any(c => char.IsWhiteSpace(c) || c is '/' or '?' or '#' or '@'))
                throw new ArgumentException($"--host '{hostName}' is not a host name or address");
            var url = $"http://{(hostName.Contains(':', StringComparison.Ordinal) && !hostName.StartsWith('[') ? $"[{hostName}]" : hostName)}:{portNumber}";
            await using var app = ChokepointWeb.Create([], builder =>
            {
                builder.Configuration[ChokepointWeb.DbSetting] = context.DbLocation;
                builder.Configuration[AccessMode.OpenSetting] = context.Parse.GetValue(open) ? "true" : "false";
                if (context.Parse.GetValue(Cli.KeyFile) is { } keyFile)
                    builder.Configuration[SourcesModule.KeyFileSetting] = keyFile;
                builder.WebHost.UseUrls(url);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
            await app.StartAsync(cancellationToken);
            context.Out.WriteLine($"Chokepoint is serving {url} (API docs at {url}/docs/; Ctrl+C stops it)");
            context.Out.WriteLine(await app.Services.GetRequiredService<AccessMode>().DescribeAsync(cancellationToken));
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        }));
        return command;
    }
}
