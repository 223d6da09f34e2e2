namespace Chokepoint.Sources.Updates;

/// <summary>What was last fetched for a dataset: HTTP validators for conditional requests and the SHA-256 of the file imported.</summary>
public sealed record DownloadState(string Dataset, string Url, string? ETag, string? LastModified, string? Sha256, string? Release, string CheckedAt);
