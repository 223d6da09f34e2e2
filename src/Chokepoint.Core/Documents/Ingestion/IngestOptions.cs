namespace Chokepoint.Documents.Ingestion;

/// <summary>What the analyst asked for when ingesting documents.</summary>
public sealed record IngestOptions
{
    public required string Dataset { get; init; }

    /// <summary>Admiralty grading of the document (e.g. B2); statements carry it.</summary>
    public string? Grading { get; init; }

    /// <summary>
    /// Marks the source protected: its source row, Document entity and documents row carry no title, publisher, URL,
    /// file name or path; the identifying fields are stored encrypted by <see cref="Security.ProtectedImport"/>.
    /// </summary>
    public bool Protected { get; init; }

    /// <summary>Links at or above this confidence are made; lower ones with a candidate go to the review queue.</summary>
    public double LinkThreshold { get; init; } = 0.85;

    /// <summary>Candidates below this confidence are not worth an analyst's time.</summary>
    public double ReviewFloor { get; init; } = 0.5;
}
