using System.CommandLine;
using Chokepoint.Coverage;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint coverage --dataset D [--format table|csv|json|html]</c>: which authorities sanction each entity.</summary>
public static class CoverageCommand
{
    public static Command Build()
    {
        var coverage = new CoverageOptions();
        var format = new Option<string>("--format", "-f") { Description = "table, csv, json or html (a self-contained heat map)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("coverage", "Coverage matrix: which authorities sanction each entity of a dataset or topic, since when, under which program") { format, output };
        foreach (var option in coverage.All)
            command.Options.Add(option);
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var matrix = (await coverage.LoadAsync(context, store, cancellationToken)).Matrix();
            var chosen = context.Json ? "json" : context.Parse.GetValue(format)!;
            var text = chosen switch
            {
                "csv" => CoverageTable.Csv(matrix),
                "html" => CoverageHtml.Render(matrix),
                "json" => System.Text.Json.JsonSerializer.Serialize(matrix, CommandContext.JsonOptions) + "\n",
                _ => null,
            };
            if (context.Parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, text ?? CoverageTable.Csv(matrix), cancellationToken);
                return 0;
            }
            if (text is not null)
            {
                await context.Out.WriteAsync(text);
                return 0;
            }
            var table = new Table().AddColumn("entity").AddColumn("lists");
            foreach (var authority in matrix.Authorities)
                table.AddColumn(matrix.Loaded.Contains(authority) ? authority : $"{authority} (not loaded)");
            foreach (var row in matrix.Rows)
                table.AddRow([Markup.Escape($"{row.Caption}\n{row.Id}"), row.Lists.ToString(System.Globalization.CultureInfo.InvariantCulture), .. matrix.Authorities.Select(a => Markup.Escape(row.Cell(a) is { } cell ? cell.Since ?? "listed" : ""))]);
            context.Console2.Write(table);
            context.Console2.MarkupLine($"{Markup.Escape(matrix.Scope)}: {matrix.Rows.Count} entities, {matrix.Rows.Count(r => r.Lists > 0)} listed by at least one authority");
            return 0;
        }));
        return command;
    }
}
