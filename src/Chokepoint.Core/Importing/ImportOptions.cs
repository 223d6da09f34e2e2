using Chokepoint.Datasets;

namespace Chokepoint.Importing;

/// <summary>What the user asked for: the target dataset and how strict to be.</summary>
public sealed record ImportOptions
{
    public required string Dataset { get; init; }

    /// <summary>The release date when the file does not carry one.</summary>
    public string? Release { get; init; }

    /// <summary>Skip bad records, report each, and import the rest.</summary>
    public bool Lenient { get; init; }

    /// <summary>Admiralty grading for statements whose source has none (official lists: A1).</summary>
    public string? Grading { get; init; }

    public ImportMode Mode { get; init; } = ImportMode.Replace;

    /// <summary>Largest input file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 2L * 1024 * 1024 * 1024;
}
