namespace Chokepoint.Documents.Ingestion;

/// <summary>Input limits: documents are hostile until read.</summary>
public sealed record DocumentLimits
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
