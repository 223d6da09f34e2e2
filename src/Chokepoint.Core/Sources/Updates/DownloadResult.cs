namespace Chokepoint.Sources.Updates;

/// <summary>The outcome of one conditional download: not modified, or a complete file with its validators and checksum.</summary>
public sealed record DownloadResult(bool NotModified, string? Path, string? ETag, string? LastModified, string? Sha256, long Bytes, int Attempts);
