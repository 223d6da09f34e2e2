namespace Chokepoint.Graph;

/// <summary>Facts about a node that analyses need without going back to the store.</summary>
[Flags]
public enum NodeFlags : byte
{
    None = 0,

    /// <summary>The entity carries the topic <c>sanction</c>.</summary>
    SanctionTopic = 1,

    /// <summary>The entity is the <c>entity</c> of at least one Sanction.</summary>
    Sanctioned = 2,
}
