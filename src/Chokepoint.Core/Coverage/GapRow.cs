namespace Chokepoint.Coverage;

/// <summary>
/// An entity listed by some authorities only. <c>Links</c> counts its relations in the network and
/// <c>SoleSupplies</c> the products it alone supplies: its role in the network.
/// </summary>
public sealed record GapRow(string Id, string Caption, IReadOnlyList<string> ListedBy, IReadOnlyList<string> MissingFrom, int Links, int SoleSupplies);
