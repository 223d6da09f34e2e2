namespace Chokepoint.Graph.Ownership;

/// <summary>
/// Why one entity is or is not blocked under the 50% rule: its listings, each owner with the share it holds,
/// and the ownership chains from listed entities that make up the blocked share. Plain data for CLI and API.
/// </summary>
public sealed record OwnershipReport(
    string Id,
    string Caption,
    string Status,
    double Share,
    int UnknownShares,
    IReadOnlyList<string> Listings,
    IReadOnlyList<OwnerShare> Owners,
    IReadOnlyList<OwnershipChain> Chains);

/// <summary>One Ownership relation into the entity. <c>Percent</c> is null when the relation states none that can be read.</summary>
public sealed record OwnerShare(
    string OwnerId,
    string OwnerCaption,
    string OwnerStatus,
    double? Percent,
    string? Stated,
    string RelationId,
    bool Counted);

/// <summary>A chain of Ownership relations from a listed entity down to the entity explained.</summary>
public sealed record OwnershipChain(double? Share, IReadOnlyList<ChainLink> Links)
{
    public string Text => Links.Count == 0 ? "" :
        Links[0].OwnerCaption + string.Concat(Links.Select(l => $" -{(l.Percent is { } p ? $"{p:0.##}%" : "?")}-> {l.AssetCaption}"));
}

public sealed record ChainLink(string OwnerId, string OwnerCaption, string AssetId, string AssetCaption, double? Percent, string RelationId);
