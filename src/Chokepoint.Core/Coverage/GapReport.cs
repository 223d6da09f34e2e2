namespace Chokepoint.Coverage;

/// <summary>
/// Where coverage leaves the network open: entities some loaded authorities list and others do not, and
/// entities linked to listed ones (owner, subsidiary, supplier, customer, director) that no list names.
/// </summary>
public sealed record GapReport(string Scope, IReadOnlyList<string> Loaded, IReadOnlyList<GapRow> Partial, IReadOnlyList<UnlistedLink> Unlisted);
