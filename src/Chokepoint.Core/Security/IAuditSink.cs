namespace Chokepoint.Security;

/// <summary>Where audit records go; <see cref="AuditLog"/> is the tamper-evident table.</summary>
public interface IAuditSink
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
