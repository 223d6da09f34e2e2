using System.CommandLine;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint entities show ID</c>: every value with its dataset, source and grading.</summary>
public static class EntitiesCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "Entity id" };
        var show = new Command("show", "Show one entity: each property value with dataset, source and grading") { id };
        show.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var entityId = context.Parse.GetValue(id)!;
            var entity = await store.View.GetEntityAsync(entityId, cancellationToken);
            if (entity is null)
            {
                context.Fail($"no entity with id '{entityId}'");
                return 1;
            }
            if (context.Json)
            {
                context.WriteJson(new
                {
                    id = entity.Id,
                    caption = entity.Caption,
                    schema = entity.Schema.Name,
                    properties = entity.Properties,
                    datasets = entity.Datasets,
                    referents = entity.Referents,
                    first_seen = entity.FirstSeen,
                    last_seen = entity.LastSeen,
                    statements = entity.Statements.Select(s => new { s.Id, prop = s.Prop, value = s.Value, original_value = s.OriginalValue, dataset = s.Dataset, source_id = s.SourceId, quote = s.Quote, grading = s.Grading, first_seen = s.FirstSeen, last_seen = s.LastSeen }),
                });
                return 0;
            }
            var console = context.Console2;
            console.MarkupLine($"[bold]{Markup.Escape(entity.Caption)}[/] ({Markup.Escape(entity.Schema.Name)}) [grey]{Markup.Escape(entity.Id)}[/]");
            console.MarkupLine($"datasets: {Markup.Escape(string.Join(", ", entity.Datasets))}; seen {Markup.Escape(entity.FirstSeen ?? "")} .. {Markup.Escape(entity.LastSeen ?? "")}");
            var table = new Table().AddColumns("property", "value", "dataset", "source", "grading");
            foreach (var s in entity.Statements.OrderBy(s => s.Prop, StringComparer.Ordinal))
            {
                var label = entity.Schema.GetProperty(s.Prop)?.Label ?? s.Prop;
                var value = s.Quote is null ? s.Value : $"{s.Value}\n[grey]\"{s.Quote}\"[/]";
                table.AddRow(new Markup(Markup.Escape(label)), new Markup(s.Quote is null ? Markup.Escape(value) : $"{Markup.Escape(s.Value)}\n[grey]\u201c{Markup.Escape(s.Quote)}\u201d[/]"),
                    new Markup(Markup.Escape(s.Dataset)), new Markup(Markup.Escape(s.SourceId ?? "")), new Markup(Markup.Escape(s.Grading ?? "")));
            }
            console.Write(table);
            return 0;
        }));
        return new Command("entities", "Look at entities") { show };
    }
}
