namespace Chokepoint.Graph;

/// <summary>The graph of a store (or one dataset) with the sanctions that name its nodes.</summary>
public sealed record Network(NetworkGraph Graph, IReadOnlyList<SanctionRecord> Sanctions)
{
    /// <summary>Sanctions by sanctioned entity id.</summary>
    public ILookup<string, SanctionRecord> SanctionsByEntity { get; } = Sanctions.ToLookup(s => s.EntityId, StringComparer.Ordinal);
}
