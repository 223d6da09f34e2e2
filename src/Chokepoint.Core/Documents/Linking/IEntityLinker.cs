namespace Chokepoint.Documents.Linking;

/// <summary>
/// Links a surface form found in a document to entities in the store. The built-in <see cref="StoreEntityLinker"/>
/// is a fallback; the matching engine implements the same contract.
/// </summary>
public interface IEntityLinker
{
    /// <summary>Candidate entities for a name of a kind (see <see cref="Mentions.MentionKind"/>), best first.</summary>
    Task<IReadOnlyList<LinkCandidate>> LinkAsync(string surface, string kind, CancellationToken cancellationToken = default);
}

/// <summary>An entity a mention may refer to, with a confidence in 0..1 and why.</summary>
public sealed record LinkCandidate(string EntityId, string Name, string Schema, double Confidence, string Reason);
