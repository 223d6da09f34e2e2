namespace Chokepoint.Security;

/// <summary>The actor and remote address an operation is recorded under.</summary>
public sealed record AuditContext(string Actor, string? Remote)
{
    /// <summary>The command line: the operating-system user on this machine.</summary>
    public static AuditContext Cli() => new($"cli:{Environment.UserName}", "local");

    public static AuditContext Of(Principal principal, string? remote) => new(principal.Name, remote);

    public AuditEntry Entry(string action, string? target, string? details) => new(Actor, action, target, Remote, details);
}
