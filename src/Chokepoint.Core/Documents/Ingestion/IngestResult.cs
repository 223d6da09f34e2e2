namespace Chokepoint.Documents.Ingestion;

/// <summary>What one document became: counts by kind and the links queued for review.</summary>
public sealed record IngestResult(
    string SourceId,
    string Dataset,
    int Mentions,
    int Linked,
    int Candidates,
    int Queued,
    int Claims,
    int Relations,
    int Observations,
    int Events,
    long Statements,
    IReadOnlyList<string> Flags);
