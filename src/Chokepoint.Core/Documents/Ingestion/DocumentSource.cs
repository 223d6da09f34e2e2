namespace Chokepoint.Documents.Ingestion;

/// <summary>A document read from a file or URL: its text and what it says about itself.</summary>
public sealed record DocumentSource
{
    public required string Location { get; init; }
    public required string Format { get; init; }
    public required string Text { get; init; }
    public required string Sha256 { get; init; }
    public required long Bytes { get; init; }

    /// <summary>SHA-1 of the bytes: FtM's contentHash of a Document.</summary>
    public string? Sha1 { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
    public string? Url { get; init; }

    /// <summary>Stable source id: the same bytes give the same id on every ingest.</summary>
    public string SourceId => "doc-" + Sha256[..16];
}
