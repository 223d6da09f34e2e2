using System.CommandLine;
using Chokepoint.Documents.Review;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint review [accept ID | reject ID]</c>: the queue of low-confidence entity links.</summary>
public static class ReviewCommand
{
    public static Command Build()
    {
        var all = new Option<bool>("--all") { Description = "List decided links too, not only pending ones" };
        var command = new Command("review", "List pending entity links from documents; accept or reject them") { all };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var reviews = await new ReviewQueue(store).ListAsync(context.Parse.GetValue(all) ? null : "pending", cancellationToken);
            return context.ShowEach(reviews, console =>
            {
                var table = new Table().AddColumns("id", "status", "mention", "kind", "candidate", "confidence", "reason", "source");
                foreach (var r in reviews)
                    table.AddRow(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Status, Markup.Escape(r.Surface), r.Kind,
                        Markup.Escape($"{r.CandidateName} ({r.CandidateId})"), $"{r.Confidence:0.00}", Markup.Escape(r.Reason ?? ""), Markup.Escape(r.SourceId));
                console.Write(table);
                context.Out.WriteLine($"{reviews.Count} link(s)");
            });
        }));
        command.Subcommands.Add(Decide("accept", true));
        command.Subcommands.Add(Decide("reject", false));
        return command;
    }

    private static Command Decide(string name, bool accept)
    {
        var id = new Argument<long>("id") { Description = "Review id from `chokepoint review`" };
        var command = new Command(name, accept ? "Accept a link: the mention refers to the candidate entity (a judgement later ingests respect)" : "Reject a link: the mention does not refer to the candidate entity") { id };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var queue = new ReviewQueue(store);
            var review = await queue.GetAsync(context.Parse.GetValue(id), cancellationToken)
                ?? throw new KeyNotFoundException($"no link review with id {context.Parse.GetValue(id)}");
            await ReviewDecision.ApplyAsync(store, queue, review, accept, cancellationToken);
            return context.Show(new { id = review.Id, decision = accept ? "accepted" : "rejected", mention = review.Surface, entity = review.CandidateId }, _ => context.Out.WriteLine($"{(accept ? "accepted" : "rejected")}: '{review.Surface}' {(accept ? "is" : "is not")} {review.CandidateName} ({review.CandidateId})"));
        }));
        return command;
    }
}
