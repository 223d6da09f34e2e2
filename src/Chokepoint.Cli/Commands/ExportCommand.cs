using System.CommandLine;
using Chokepoint.Security;
using Chokepoint.Sources.Ftm;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint export ftm --dataset NAME -o FILE</c> (or <c>--all</c>): FollowTheMoney JSON lines.</summary>
public static class ExportCommand
{
    public static Command Build()
    {
        var dataset = new Option<string?>("--dataset", "-d") { Description = "Dataset to export" };
        var all = new Option<bool>("--all") { Description = "Export every dataset" };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)" };
        var ftm = new Command("ftm", "Export entities as FollowTheMoney JSON lines") { dataset, all, output };
        ftm.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var name = context.Parse.GetValue(dataset);
            var everything = context.Parse.GetValue(all);
            if ((name is null) == !everything)
                throw new ArgumentException("give either --dataset NAME or --all");
            await using var store = await context.OpenStoreAsync(cancellationToken);
            if (name is not null && await store.View.GetDatasetAsync(name, cancellationToken) is null)
                throw new ArgumentException($"unknown dataset '{name}'");
            var path = context.Parse.GetValue(output);
            if (CliSecurity.AuditOf(store) is { } audit)
                await audit.RecordAsync(AuditContext.Cli().Entry("export", name ?? "(all)", $"ftm to {(path is null ? "standard output" : Path.GetFileName(path))}"), cancellationToken);
            long count;
            if (path is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                count = await FtmExporter.ExportAsync(store.View, name, stdout, cancellationToken: cancellationToken);
            }
            else
            {
                // Write beside the target and move into place, so a failed export never leaves half a file.
                var partial = path + ".partial";
                await using (var file = File.Create(partial))
                    count = await FtmExporter.ExportAsync(store.View, name, file, cancellationToken: cancellationToken);
                File.Move(partial, path, overwrite: true);
                if (context.Json)
                    context.WriteJson(new { exported = count, output = path });
                else
                    context.Error.WriteLine($"exported {count:N0} entities to {path}");
            }
            return 0;
        }));
        return new Command("export", "Export data") { ftm };
    }
}
