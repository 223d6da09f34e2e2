using Chokepoint.Security;
using Chokepoint.Storage;

namespace Chokepoint.Cli;

/// <summary>The security services a verb needs, over its open store; the command line acts as the local operator.</summary>
public sealed class CliSecurity(IStore store, CommandContext context)
{
    public SecurityDb Db { get; } = SecurityDb.For(store);

    public AuditLog Audit => new(Db);

    public Accounts Accounts => new(Db, Audit);

    public AuditContext By { get; } = AuditContext.Cli();

    /// <summary>The audit log of a store, or null on an engine that has none yet.</summary>
    public static AuditLog? AuditOf(IStore store) => SecurityDb.TryFor(store) is { } db ? new AuditLog(db) : null;

    public ProtectedSources ProtectedSources() => Security.ProtectedSources.Open(Db, context.Parse.GetValue(Cli.KeyFile), Audit);

    /// <summary>A password from a terminal prompt without echo, or one line of standard input (never from the command line).</summary>
    public static string ReadPassword(CommandContext context, bool fromStdin)
    {
        if (fromStdin || Console.IsInputRedirected || !context.Interactive)
            return Console.In.ReadLine() ?? throw new ArgumentException("no password on standard input");
        context.Error.Write("password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
                password.Length--;
            else if (!char.IsControl(key.KeyChar))
                password.Append(key.KeyChar);
        }
        context.Error.WriteLine();
        return password.ToString();
    }
}
