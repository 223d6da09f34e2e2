namespace Chokepoint.Graph.Paths;

/// <summary>The k shortest evidence-backed paths between two entities; plain data for CLI and API.</summary>
public sealed record PathReport(string FromId, string FromCaption, string ToId, string ToCaption, int MaxHops, IReadOnlyList<EvidencePath> Paths);
