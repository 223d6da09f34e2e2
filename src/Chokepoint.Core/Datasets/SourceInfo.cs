namespace Chokepoint.Datasets;

/// <summary>One document or list release that statements cite.</summary>
public sealed record SourceInfo
{
    public required string Id { get; init; }
    public required string Dataset { get; init; }

    /// <summary>"release" for an official list file, "document" for an article or leak, "curation" for analysts' notes.</summary>
    public string Kind { get; init; } = "document";
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Published { get; init; }
    public string? Grading { get; init; }

    /// <summary>SHA-256 of the file the source was read from, when there was one.</summary>
    public string? Sha256 { get; init; }
}
