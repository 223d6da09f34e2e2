namespace Chokepoint.Graph;

/// <summary>One Sanction entity as the analyses need it: who is sanctioned, by whom, since when, under which program.</summary>
public sealed record SanctionRecord(
    string SanctionId,
    string EntityId,
    string? Authority,
    string? Program,
    string? Since,
    string? Country,
    IReadOnlyList<string> Datasets);
