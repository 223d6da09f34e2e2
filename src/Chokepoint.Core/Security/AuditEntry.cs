namespace Chokepoint.Security;

/// <summary>One thing to record: who did what to which target, from where. Details must never hold protected values.</summary>
public sealed record AuditEntry(string Actor, string Action, string? Target, string? Remote, string? Details);
