namespace Chokepoint.Sources.Updates;

/// <summary>What <c>sources update</c> did for one dataset.</summary>
public sealed record UpdateOutcome(string Dataset, UpdateStatus Status, string? Release, long Entities, string? Message);

public enum UpdateStatus
{
    /// <summary>The server answered 304 Not Modified.</summary>
    NotModified,

    /// <summary>The file downloaded has the checksum of the last one imported; nothing imported.</summary>
    Unchanged,

    /// <summary>A new release was imported and swapped in.</summary>
    Imported,

    /// <summary>Download or import failed; the previous release stays as it was.</summary>
    Failed,
}
