using System.CommandLine;
using Chokepoint.Documents.Ingestion;
using Chokepoint.Documents.Linking;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint ingest FILE_OR_URL... --dataset NAME [--grading B2] [--protected]</c>: documents to graded evidence.</summary>
public static class IngestCommand
{
    public static Command Build()
    {
        var inputs = new Argument<string[]>("documents") { Description = ".txt, .html or .pdf files, or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var dataset = new Option<string>("--dataset", "-d") { Description = "Dataset the evidence goes into", Required = true };
        var grading = new Option<string?>("--grading") { Description = "Admiralty grading of the documents (e.g. B2)" };
        var isProtected = new Option<bool>("--protected") { Description = "Mark the sources protected (never exported unredacted)" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest document accepted", DefaultValueFactory = _ => DocumentLimits.DefaultMaxBytes };
        var command = new Command("ingest", "Ingest documents: mentions linked to entities, claims, relations, indicators; one all-or-nothing import each") { inputs, dataset, grading, isProtected, maxBytes };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var options = new IngestOptions
            {
                Dataset = context.Parse.GetValue(dataset)!,
                Grading = context.Parse.GetValue(grading),
                Protected = context.Parse.GetValue(isProtected),
            };
            ImportValidation.Check(new Importing.ImportOptions { Dataset = options.Dataset, Grading = options.Grading });
            var limits = new DocumentLimits { MaxBytes = context.Parse.GetValue(maxBytes) };
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var linker = await StoreEntityLinker.LoadAsync(store.View, cancellationToken);
            foreach (var input in context.Parse.GetValue(inputs)!)
            {
                var source = await DocumentReader.ReadAsync(input, limits, null, cancellationToken);
                var result = await DocumentIngest.RunAsync(store, source, options, linker, cancellationToken);
                Report(context, input, result);
            }
            return 0;
        }));
        return command;
    }

    private static void Report(CommandContext context, string input, IngestResult r)
    {
        foreach (var flag in r.Flags)
            context.Error.WriteLine(context.Json ? System.Text.Json.JsonSerializer.Serialize(new { warning = flag, document = input }, CommandContext.JsonOptions) : $"warning: {input}: {flag}");
        if (context.Json)
        {
            context.WriteJson(new
            {
                document = input,
                source = r.SourceId,
                dataset = r.Dataset,
                mentions = r.Mentions,
                linked = r.Linked,
                candidates = r.Candidates,
                queued_for_review = r.Queued,
                claims = r.Claims,
                relations = r.Relations,
                observations = r.Observations,
                events = r.Events,
                statements = r.Statements,
            });
            return;
        }
        context.Console2.MarkupLine(
            $"ingested [bold]{Markup.Escape(input)}[/] as source {Markup.Escape(r.SourceId)} into [bold]{Markup.Escape(r.Dataset)}[/]: " +
            $"{r.Mentions} mentions ({r.Linked} linked, {r.Candidates} new candidates, {r.Queued} queued for review), " +
            $"{r.Claims} claims, {r.Relations} relations, {r.Observations} observations, {r.Events} events; {r.Statements:N0} statements");
    }
}
