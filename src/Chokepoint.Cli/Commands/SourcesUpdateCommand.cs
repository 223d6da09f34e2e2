using System.CommandLine;
using Chokepoint.Sources;
using Chokepoint.Sources.Updates;
using Chokepoint.Storage;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint sources update [--dataset NAME ...]</c>: fetch each list from its publisher and import what changed.</summary>
public static class SourcesUpdateCommand
{
    public static Command Build()
    {
        var dataset = new Option<string[]>("--dataset", "-d") { Description = "Only these datasets (default: every source in chokepoint.yaml)", AllowMultipleArgumentsPerToken = true };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: chokepoint.yaml here or above; also CHOKEPOINT_CONFIG)" };
        var update = new Command("update", "Download each list from its official URL and import it when it changed") { dataset, config };
        update.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var path = context.Parse.GetValue(config) ?? UpdateConfig.Find()
                ?? throw new FileNotFoundException($"no {UpdateConfig.FileName} found; pass --config");
            var settings = UpdateConfig.Load(path);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("chokepoint/1.0 (+sanctions list update)");
            var updater = new SourceUpdater(store, DownloadStates.For(store), settings, http, SourceFormats.Open);
            var outcomes = await updater.UpdateAsync(context.Parse.GetValue(dataset), cancellationToken);
            Render(context, outcomes);
            return outcomes.Any(o => o.Status == UpdateStatus.Failed) ? 1 : 0;
        }));
        return update;
    }

    private static void Render(CommandContext context, IReadOnlyList<UpdateOutcome> outcomes)
    {
        if (context.Json)
        {
            foreach (var o in outcomes)
                context.WriteJson(new { dataset = o.Dataset, status = o.Status.ToString().ToLowerInvariant(), release = o.Release, entities = o.Entities, message = o.Message });
            return;
        }
        var table = new Table().AddColumns("dataset", "status", "release", "entities", "message");
        foreach (var o in outcomes)
            table.AddRow(Markup.Escape(o.Dataset), o.Status.ToString(), Markup.Escape(o.Release ?? ""), o.Entities.ToString("N0"), Markup.Escape(o.Message ?? ""));
        context.Console2.Write(table);
    }
}
