namespace Chokepoint.Graph.Ownership;

/// <summary>Why an entity is blocked, if it is.</summary>
public enum BlockedStatus : byte
{
    NotBlocked = 0,

    /// <summary>Named by a Sanction (of the chosen authority) or carrying the topic <c>sanction</c>.</summary>
    Listed = 1,

    /// <summary>Owned 50% or more, in aggregate, by listed entities or by entities themselves blocked by ownership.</summary>
    Owned = 2,
}
