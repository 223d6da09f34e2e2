namespace Chokepoint.Graph.Ownership;

/// <summary>A chain of Ownership relations from a listed entity down to the entity explained.</summary>
public sealed record OwnershipChain(double? Share, IReadOnlyList<ChainLink> Links)
{
    public string Text => Links.Count == 0 ? "" :
        Links[0].OwnerCaption + string.Concat(Links.Select(l => $" -{(l.Percent is { } p ? $"{p:0.##}%" : "?")}-> {l.AssetCaption}"));
}
