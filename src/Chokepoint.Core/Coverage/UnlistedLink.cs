namespace Chokepoint.Coverage;

/// <summary>
/// An entity no list names, linked by a relation to an entity of the scope that is listed.
/// <c>BlockedByOwnership</c>: the 50% rule blocks it all the same (every listing counted).
/// </summary>
public sealed record UnlistedLink(
    string Id,
    string Caption,
    string Schema,
    string Role,
    string LinkedToId,
    string LinkedToCaption,
    string Relation,
    string RelationId,
    bool BlockedByOwnership);
