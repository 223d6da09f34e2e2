using System.CommandLine;
using Chokepoint.Importing;
using Chokepoint.Security;
using Chokepoint.Sources;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint import FORMAT PATH --dataset NAME</c>: one all-or-nothing import of a file as a release.</summary>
public static class ImportCommand
{
    public static Command Build()
    {
        var format = new Argument<string>("format") { Description = $"Input format: {string.Join(", ", SourceFormats.Names)}" };
        var path = new Argument<string>("path") { Description = "File (or folder, for multi-file formats) to import" };
        var dataset = new Option<string>("--dataset", "-d") { Description = "Dataset to import into", Required = true };
        var release = new Option<string?>("--release") { Description = "Release date when the file does not carry one (YYYY-MM-DD)" };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad records, report each, import the rest" };
        var grading = new Option<string?>("--grading") { Description = "Admiralty grading of the source (e.g. A1, B2)" };
        var isProtected = new Option<bool>("--protected") { Description = "Protect the source: who gave it, contact and file name are encrypted, never exported or shown" };
        var sourceName = new Option<string?>("--source-name") { Description = "Who gave the source (stored encrypted; needs --protected)" };
        var sourceContact = new Option<string?>("--source-contact") { Description = "How to reach them (stored encrypted; needs --protected)" };
        var command = new Command("import", "Import a file into a dataset as one release (all or nothing)") { format, path, dataset, release, lenient, grading, isProtected, sourceName, sourceContact };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var options = new ImportOptions
            {
                Dataset = context.Parse.GetValue(dataset)!,
                Release = context.Parse.GetValue(release),
                Lenient = context.Parse.GetValue(lenient),
                Grading = context.Parse.GetValue(grading),
            };
            ImportValidation.Check(options);
            var file = context.Parse.GetValue(path)!;
            if (context.Parse.GetValue(isProtected))
            {
                var fields = new ProtectedFields(context.Parse.GetValue(sourceName), context.Parse.GetValue(sourceContact), Path.GetFullPath(file));
                Report(context, await ImportProtectedAsync(context, () => SourceFormats.Open(context.Parse.GetValue(format)!, file, options), options, fields, cancellationToken));
                return 0;
            }
            if (context.Parse.GetValue(sourceName) is not null || context.Parse.GetValue(sourceContact) is not null)
                throw new ArgumentException("--source-name and --source-contact need --protected");
            var input = SourceFormats.Open(context.Parse.GetValue(format)!, file, options);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var audit = CliSecurity.AuditOf(store);
            var result = await ProgressDisplay.RunAsync(context, $"import {Path.GetFileName(file)}",
                progress => ImportRunner.RunAsync(store, input, options, progress, cancellationToken, audit));
            Report(context, result);
            return 0;
        }));
        return command;
    }

    /// <summary>The file's name never reaches the screen, the source row or an error message; its identifying fields go encrypted.</summary>
    private static async Task<ImportResult> ImportProtectedAsync(CommandContext context, Func<ImportInput> open, ImportOptions options, ProtectedFields fields, CancellationToken cancellationToken)
    {
        await using var store = await context.OpenStoreAsync(cancellationToken);
        var security = new CliSecurity(store, context);
        var protectedSources = security.ProtectedSources();
        return await ProgressDisplay.RunAsync(context, $"import {ProtectedSources.Label}",
            progress => ProtectedImport.RunAsync(store, open, options, fields, protectedSources, security.Audit, security.By, progress, cancellationToken));
    }

    private static void Report(CommandContext context, ImportResult result)
    {
        foreach (var issue in result.Skipped)
            context.Error.WriteLine(context.Json ? System.Text.Json.JsonSerializer.Serialize(new { skipped = issue.ToString() }, CommandContext.JsonOptions) : $"skipped: {issue}");
        if (context.Json)
        {
            context.WriteJson(new
            {
                dataset = result.Dataset.Name,
                release = result.Release,
                records = result.Records,
                statements = result.Statements,
                skipped = result.Skipped.Count,
                entities = result.Dataset.Entities,
                dataset_statements = result.Dataset.Statements,
            });
            return;
        }
        context.Console2.MarkupLine(
            $"imported [bold]{result.Records:N0}[/] records ({result.Statements:N0} statements) into [bold]{Markup.Escape(result.Dataset.Name)}[/], release {Markup.Escape(result.Release)}" +
            (result.Skipped.Count > 0 ? $"; [yellow]skipped {result.Skipped.Count:N0}[/]" : ""));
    }
}
