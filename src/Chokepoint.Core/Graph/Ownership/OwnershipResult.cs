namespace Chokepoint.Graph.Ownership;

/// <summary>The fixed point of the 50% rule over the whole network, one slot per node.</summary>
public sealed class OwnershipResult(BlockedStatus[] status, float[] blockedShare, int[] unknownShares, int[] order)
{
    public BlockedStatus[] Status { get; } = status;

    /// <summary>Sum of the known shares held by blocked owners, in percent (may exceed 100 when sources disagree).</summary>
    public float[] BlockedShare { get; } = blockedShare;

    /// <summary>How many blocked owners hold a share whose percentage is unknown.</summary>
    public int[] UnknownShares { get; } = unknownShares;

    /// <summary>The step at which a node became blocked (listed nodes: 0); an owner in a reason chain always blocked earlier.</summary>
    public int[] Order { get; } = order;

    public int Count(BlockedStatus wanted) => Status.Count(s => s == wanted);
}
