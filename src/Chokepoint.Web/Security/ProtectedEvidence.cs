using Chokepoint.Datasets;
using Chokepoint.Graph;
using Chokepoint.Security;

namespace Chokepoint.Web.Security;

/// <summary>
/// Evidence from protected sources as the web shows it: the source's identity never (only "protected source, grading B2"),
/// and each read of an entity that cites one is written to the audit log with the reader and their address.
/// </summary>
public static class ProtectedEvidence
{
    /// <summary>A protected source is stored with the redacted label as its title (<see cref="ProtectedSources.Redact"/>).</summary>
    public static bool IsProtected(SourceInfo? source) => source?.Title == ProtectedSources.Label;

    public static string Title(SourceInfo source) => IsProtected(source) ? ProtectedSources.Redacted(source) : source.Title ?? source.Id;

    public static async Task RecordReadAsync(HttpContext context, IAuditSink audit, EntityProfile profile, CancellationToken cancellationToken)
    {
        var cited = profile.Entity.Statements.Select(s => s.SourceId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var ids = profile.Sources.Values.Where(s => IsProtected(s) && cited.Contains(s.Id)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        if (ids.Count > 0)
            await audit.RecordAsync(context.AuditContext().Entry("protected.read", profile.Entity.Id, $"sources {string.Join(", ", ids)}"), cancellationToken);
    }
}
