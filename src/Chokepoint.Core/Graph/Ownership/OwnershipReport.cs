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
