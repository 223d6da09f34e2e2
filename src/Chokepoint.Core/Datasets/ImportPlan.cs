namespace Chokepoint.Datasets;

/// <summary>What an import writes into: the dataset (created or updated), its release, and how statements combine.</summary>
public sealed record ImportPlan
{
    public required DatasetInfo Dataset { get; init; }

    /// <summary>The release date (YYYY-MM-DD or a timestamp); defaults to the import time.</summary>
    public string? Release { get; init; }

    /// <summary>
    /// Replace: the import is a full release and statements it lacks stop being current.
    /// Append: statements are added to what the dataset holds (documents, curation).
    /// </summary>
    public ImportMode Mode { get; init; } = ImportMode.Replace;
}

public enum ImportMode
{
    Replace,
    Append,
}
