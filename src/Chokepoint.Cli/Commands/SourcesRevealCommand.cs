using System.CommandLine;
using Chokepoint.Security;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint sources reveal ID</c>: decrypt a protected source's identifying fields (recorded in the audit log).</summary>
public static class SourcesRevealCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "Source id" };
        var reveal = new Command("reveal", "Show who gave a protected source and how to reach them") { id };
        reveal.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var security = new CliSecurity(store, context);
            var fields = await security.ProtectedSources().RevealAsync(Principal.Local(), context.Parse.GetValue(id)!, "local", cancellationToken)
                ?? throw new KeyNotFoundException("no protected source of that id");
            return context.Show(new { source_name = fields.SourceName, source_contact = fields.SourceContact, original_file = fields.OriginalFile }, _ => context.Out.WriteLine($"name: {fields.SourceName}\ncontact: {fields.SourceContact}\noriginal file: {fields.OriginalFile}"));
        }));
        return reveal;
    }
}
