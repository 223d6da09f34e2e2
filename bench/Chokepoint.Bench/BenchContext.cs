using System.Globalization;

namespace Chokepoint.Bench;

/// <summary>Where a benchmark finds data and writes scratch files, and how it prints figures.</summary>
public sealed class BenchContext(string repoRoot, string[] args)
{
    public string RepoRoot { get; } = repoRoot;

    public IReadOnlyList<string> Args { get; } = args;

    /// <summary>The shared data folder beside the repository (../shared/data, or CHOKEPOINT_SHARED_DATA); null when absent.</summary>
    public string? SharedData
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CHOKEPOINT_SHARED_DATA");
            var candidate = configured ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>A shared data file, or null with a message saying the benchmark falls back or skips.</summary>
    public string? Shared(string relative)
    {
        var path = SharedData is { } root ? Path.Combine(root, relative) : null;
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
            return path;
        Console.Error.WriteLine($"note: ../shared/data/{relative} is not there; this benchmark uses the bundled data instead");
        return null;
    }

    public string ScratchDirectory()
    {
        var dir = Path.Combine(RepoRoot, "var", "bench", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static void Line(string message) => Console.Error.WriteLine(message);

    /// <summary>The benchmark's figures, printed as its last line of standard output.</summary>
    public static void Figures(params (string Key, double Value)[] figures) =>
        Console.WriteLine(string.Join(' ', figures.Select(f => $"{f.Key}={Format(f.Value)}")));

    private static string Format(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("F0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
