using System.CommandLine;
using Chokepoint.Documents;
using Chokepoint.Documents.Evaluation;
using Chokepoint.Documents.Ingestion;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint extract DOC [--yaml]</c>: what ingest would extract from one document, without writing anything.</summary>
public static class ExtractCommand
{
    public static Command Build()
    {
        var document = new Argument<string>("document") { Description = "A .txt, .html or .pdf file, or an http(s) URL" };
        var yaml = new Option<bool>("--yaml") { Description = "Print the extraction in the gold format (mentions, claims, relations, dates, observations)" };
        var command = new Command("extract", "Show what would be extracted from a document (nothing is written)") { document, yaml };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var location = context.Parse.GetValue(document)!;
            var source = await DocumentReader.ReadAsync(location, new DocumentLimits(), null, cancellationToken);
            var extraction = DocumentExtractor.Extract(source.Text);
            var output = ExtractionYaml.ToDocument(Path.GetFileName(location), extraction);
            if (context.Parse.GetValue(yaml))
                context.Out.Write(ExtractionYaml.Write(output));
            else if (context.Json)
                context.WriteJson(output);
            else
                Render(context, output);
            return 0;
        }));
        return command;
    }

    private static void Render(CommandContext context, ExtractionDocument output)
    {
        var table = new Table().AddColumns("kind", "entity / value", "forms / quote", "confidence");
        foreach (var m in output.Mentions)
            table.AddRow(Markup.Escape(m.Kind), Markup.Escape(m.Entity), Markup.Escape(string.Join(" | ", m.Forms)), $"{m.Confidence:0.00}");
        foreach (var c in output.Claims)
            table.AddRow("claim", Markup.Escape($"{c.Value:G} {c.Unit}"), Markup.Escape(c.Quote), "");
        foreach (var r in output.Relations)
            table.AddRow("relation", Markup.Escape($"{r.Subject} {r.Predicate} {r.Object}"), Markup.Escape(r.Quote), "");
        foreach (var o in output.Observations ?? [])
            table.AddRow("observation", Markup.Escape($"{o.Entity} {o.Indicator}"), Markup.Escape(o.Quote), "");
        context.Console2.Write(table);
        foreach (var flag in output.Flags ?? [])
            context.Error.WriteLine($"warning: {flag}");
    }
}
