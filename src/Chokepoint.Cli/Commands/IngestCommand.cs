using System.CommandLine;
using Chokepoint.Documents.Ingestion;
using Chokepoint.Documents.Linking;
using Chokepoint.Importing;
using Chokepoint.Security;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint ingest FILE_OR_URL... --dataset NAME [--grading B2] [--protected --source-name NAME --source-contact TEXT]</c>: documents to graded evidence.</summary>
public static class IngestCommand
{
    public static Command Build()
    {
        var inputs = new Argument<string[]>("documents") { Description = ".txt, .html or .pdf files, or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var dataset = new Option<string>("--dataset", "-d") { Description = "Dataset the evidence goes into", Required = true };
        var grading = new Option<string?>("--grading") { Description = "Admiralty grading of the documents (e.g. B2)" };
        var isProtected = new Option<bool>("--protected") { Description = "Protect the sources: who gave them, contact and original file are encrypted, never exported or shown" };
        var sourceName = new Option<string?>("--source-name") { Description = "Who gave the documents (stored encrypted; needs --protected)" };
        var sourceContact = new Option<string?>("--source-contact") { Description = "How to reach them (stored encrypted; needs --protected)" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest document accepted", DefaultValueFactory = _ => DocumentLimits.DefaultMaxBytes };
        var command = new Command("ingest", "Ingest documents: mentions linked to entities, claims, relations, indicators; one all-or-nothing import each")
        {
            inputs, dataset, grading, isProtected, sourceName, sourceContact, maxBytes,
        };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var options = new IngestOptions
            {
                Dataset = context.Parse.GetValue(dataset)!,
                Grading = context.Parse.GetValue(grading),
                Protected = context.Parse.GetValue(isProtected),
            };
            ImportValidation.Check(new ImportOptions { Dataset = options.Dataset, Grading = options.Grading });
            var (name, contact) = (context.Parse.GetValue(sourceName), context.Parse.GetValue(sourceContact));
            if (!options.Protected && (name is not null || contact is not null))
                throw new ArgumentException("--source-name and --source-contact need --protected");
            var limits = new DocumentLimits { MaxBytes = context.Parse.GetValue(maxBytes) };
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var linker = await DocumentLinkers.LoadAsync(store.View, cancellationToken);
            var security = options.Protected ? new CliSecurity(store, context) : null;
            var protectedSources = security?.ProtectedSources();
            foreach (var input in context.Parse.GetValue(inputs)!)
            {
                if (security is null)
                {
                    var audit = CliSecurity.AuditOf(store);
                    var source = await DocumentReader.ReadAsync(input, limits, null, cancellationToken);
                    Report(context, input, await DocumentIngest.RunAsync(store, source, options, linker, cancellationToken,
                        (i, o, ct) => ImportRunner.RunAsync(store, i, o, null, ct, audit)));
                    continue;
                }
                var secret = await ProtectedDocuments.ReadAsync(input, limits, cancellationToken);
                var fields = new ProtectedFields(name, contact, ProtectedDocuments.Original(input));
                Report(context, ProtectedSources.Label, await DocumentIngest.RunAsync(store, secret, options, linker, cancellationToken,
                    (i, o, ct) => ProtectedImport.RunAsync(store, () => i, o, fields, protectedSources!, security.Audit, security.By, null, ct)));
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
