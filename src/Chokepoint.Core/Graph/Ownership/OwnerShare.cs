namespace Chokepoint.Graph.Ownership;

/// <summary>One Ownership relation into the entity. <c>Percent</c> is null when the relation states none that can be read.</summary>
public sealed record OwnerShare(
    string OwnerId,
    string OwnerCaption,
    string OwnerStatus,
    double? Percent,
    string? Stated,
    string RelationId,
    bool Counted);
