namespace Chokepoint.Datasets;

/// <summary>A named collection of statements from one publisher or curation, with its current counts.</summary>
public sealed record DatasetInfo
{
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? License { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public long Entities { get; init; }
    public long Statements { get; init; }

    /// <summary>The latest release (publication date or import time) of the dataset.</summary>
    public string? Updated { get; init; }
}
