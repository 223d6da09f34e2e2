namespace Chokepoint.Coverage;

/// <summary>
/// Where coverage leaves the network open: entities some loaded authorities list and others do not, and
/// entities linked to listed ones (owner, subsidiary, supplier, customer, director) that no list names.
/// </summary>
public sealed record GapReport(string Scope, IReadOnlyList<string> Loaded, IReadOnlyList<GapRow> Partial, IReadOnlyList<UnlistedLink> Unlisted);

/// <summary>
/// An entity listed by some authorities only. <c>Links</c> counts its relations in the network and
/// <c>SoleSupplies</c> the products it alone supplies: its role in the network.
/// </summary>
public sealed record GapRow(string Id, string Caption, IReadOnlyList<string> ListedBy, IReadOnlyList<string> MissingFrom, int Links, int SoleSupplies);

/// <summary>An entity no list names, linked by a relation to an entity of the scope that is listed.</summary>
public sealed record UnlistedLink(
    string Id,
    string Caption,
    string Schema,
    string Role,
    string LinkedToId,
    string LinkedToCaption,
    string Relation,
    string RelationId);
