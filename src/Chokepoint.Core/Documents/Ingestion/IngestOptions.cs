namespace Chokepoint.Documents.Ingestion;

/// <summary>What the analyst asked for when ingesting documents.</summary>
public sealed record IngestOptions
{
    public required string Dataset { get; init; }

    /// <summary>Admiralty grading of the document (e.g. B2); statements carry it.</summary>
    public string? Grading { get; init; }

    /// <summary>Marks the source protected (identity fields to be encrypted by the security layer).</summary>
    public bool Protected { get; init; }

    /// <summary>Links at or above this confidence are made; lower ones with a candidate go to the review queue.</summary>
    public double LinkThreshold { get; init; } = 0.85;

    /// <summary>Candidates below this confidence are not worth an analyst's time.</summary>
    public double ReviewFloor { get; init; } = 0.5;
}
