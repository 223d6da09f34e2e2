using System.CommandLine;
using Chokepoint.Security;
using Spectre.Console;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint audit [--since DATE] [--verify]</c>: read the audit log, or check its hash chain.</summary>
public static class AuditCommand
{
    public static Command Build()
    {
        var since = new Option<string?>("--since") { Description = "Only records at or after this date (YYYY-MM-DD or ISO time)" };
        var verify = new Option<bool>("--verify") { Description = "Recompute the hash chain; exit 1 naming the first broken record" };
        var command = new Command("audit", "Show or verify the append-only audit log") { since, verify };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var log = new CliSecurity(store, context).Audit;
            if (context.Parse.GetValue(verify))
                return await VerifyAsync(context, log, cancellationToken);
            var from = context.Parse.GetValue(since);
            if (from is not null && !DateTime.TryParse(from, System.Globalization.CultureInfo.InvariantCulture, out _))
                throw new ArgumentException("--since takes a date (YYYY-MM-DD)");
            var records = await log.ListAsync(from, cancellationToken);
            return context.ShowEach(records.Select(r => new { seq = r.Seq, at = r.At, actor = r.Actor, action = r.Action, target = r.Target, remote = r.Remote, details = r.Details, hash = r.Hash }), console =>
            {
                var table = new Table().AddColumns("#", "time", "actor", "action", "target", "from", "details");
                foreach (var r in records)
                    table.AddRow(r.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), r.At, Markup.Escape(r.Actor), r.Action, Markup.Escape(r.Target ?? ""), Markup.Escape(r.Remote ?? ""), Markup.Escape(r.Details ?? ""));
                console.Write(table);
            });
        }));
        return command;
    }

    private static async Task<int> VerifyAsync(CommandContext context, AuditLog log, CancellationToken cancellationToken)
    {
        var broken = await log.VerifyAsync(cancellationToken);
        if (broken is null)
        {
            return context.Show(new { verified = true }, _ => context.Out.WriteLine("audit log intact"));
        }
        context.Fail($"audit log broken at record {broken.Seq} ({broken.At}, {broken.Action}): its hash does not match its content or the record before it");
        return 1;
    }
}
