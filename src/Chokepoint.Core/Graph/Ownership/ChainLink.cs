namespace Chokepoint.Graph.Ownership;

/// <summary>One Ownership relation in a chain: OWNER holds PERCENT of ASSET, as RELATION says.</summary>
public sealed record ChainLink(string OwnerId, string OwnerCaption, string AssetId, string AssetCaption, double? Percent, string RelationId);
