using Chokepoint.Datasets;
using Chokepoint.Documents.Review;
using Chokepoint.Graph;
using Chokepoint.Security;
using Chokepoint.Storage;
using Chokepoint.Storage.Sqlite;

namespace Chokepoint.Web.Security;

/// <summary>
/// Evidence from protected sources as the web shows it: the source's identity never (only "protected source, grading B2"),
/// and each read of an entity that cites one is written to the audit log with the reader and their address.
/// </summary>
public static class ProtectedEvidence
{
    /// <summary>A protected source is stored with the redacted label as its title (<see cref="ProtectedSources.Redact"/>).</summary>
    public static bool IsProtected(SourceInfo? source) => source?.Title == ProtectedSources.Label;

    /// <summary>
    /// An entity's profile as the web shows it (<c>GET /entities/{id}</c> and its page): protected sources redacted,
    /// and the read audited when it cites one; null for an unknown id.
    /// </summary>
    public static async Task<EntityProfile?> LoadProfileAsync(IStore store, IAuditSink audit, HttpContext context, string id, CancellationToken cancellationToken)
    {
        if (await EntityProfile.LoadAsync(store, id, cancellationToken) is not { } loaded)
            return null;
        var profile = await RedactAsync(store, loaded, cancellationToken);
        await RecordReadAsync(context, audit, profile, cancellationToken);
        return profile;
    }

    /// <summary>
    /// The profile with every protected source redacted: those imported protected (already stored redacted) and
    /// documents ingested with <c>--protected</c>, whose stored title and address would otherwise show.
    /// </summary>
    private static async Task<EntityProfile> RedactAsync(IStore store, EntityProfile profile, CancellationToken cancellationToken)
    {
        var sources = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
        foreach (var (id, source) in profile.Sources)
            sources[id] = await RedactAsync(store, source, cancellationToken);
        return profile with { Sources = sources };
    }

    public static async Task<SourceInfo> RedactAsync(IStore store, SourceInfo source, CancellationToken cancellationToken) =>
        !IsProtected(source) && store is SqliteStore && await new ReviewQueue(store).IsProtectedAsync(source.Id, cancellationToken)
            ? ProtectedSources.Redact(source)
            : source;

    public static string Title(SourceInfo source) => IsProtected(source) ? ProtectedSources.Redacted(source) : source.Title ?? source.Id;

    /// <summary>Records the read when <paramref name="profile"/> (already redacted) cites a protected source.</summary>
    private static Task RecordReadAsync(HttpContext context, IAuditSink audit, EntityProfile profile, CancellationToken cancellationToken)
    {
        var cited = profile.Entity.Statements.Select(s => s.SourceId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var ids = profile.Sources.Values.Where(s => IsProtected(s) && cited.Contains(s.Id)).Select(s => s.Id);
        return RecordAsync(context, audit, profile.Entity.Id, ids, cancellationToken);
    }

    /// <summary>Records the read when any of <paramref name="sourceIds"/> (statements just returned) is a protected source.</summary>
    public static async Task RecordReadAsync(HttpContext context, IAuditSink audit, IStore store, string entityId, IEnumerable<string> sourceIds, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var id in sourceIds.Distinct(StringComparer.Ordinal))
        {
            if (await store.View.GetSourceAsync(id, cancellationToken) is { } source && IsProtected(await RedactAsync(store, source, cancellationToken)))
                ids.Add(id);
        }
        await RecordAsync(context, audit, entityId, ids, cancellationToken);
    }

    private static async Task RecordAsync(HttpContext context, IAuditSink audit, string entityId, IEnumerable<string> protectedIds, CancellationToken cancellationToken)
    {
        var ids = protectedIds.Order(StringComparer.Ordinal).ToList();
        if (ids.Count > 0)
            await audit.RecordAsync(context.AuditContext().Entry("protected.read", entityId, $"sources {string.Join(", ", ids)}"), cancellationToken);
    }
}
