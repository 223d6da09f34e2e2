using Chokepoint.Importing;
using Chokepoint.Sources.Bis;
using Chokepoint.Sources.Eu;
using Chokepoint.Sources.Ftm;
using Chokepoint.Sources.Uk;
using Chokepoint.Sources.UsTrade;

namespace Chokepoint.Cli;

/// <summary>The input formats `import` accepts, by name.</summary>
public static class ImportFormats
{
    private static readonly Dictionary<string, Func<string, ImportOptions, ImportInput>> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        [FtmFormat.Name] = FtmFormat.Open,
        [EuFsfFormat.Name] = EuFsfFormat.Open,
        [OfsiFormat.Name] = OfsiFormat.Open,
        [FcdoFormat.Name] = FcdoFormat.Open,
        [FcdoCsvFormat.Name] = FcdoCsvFormat.Open,
        [CslFormat.Name] = CslFormat.Open,
        [DplFormat.Name] = DplFormat.Open,
    };

    public static IEnumerable<string> Names => Openers.Keys.Order(StringComparer.Ordinal);

    public static ImportInput Open(string format, string path, ImportOptions options)
    {
        if (!Openers.TryGetValue(format, out var open))
            throw new ArgumentException($"unknown format '{format}'; known formats: {string.Join(", ", Names)}");
        return open(path, options);
    }
}
