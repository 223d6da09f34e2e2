using Chokepoint.Importing;
using Chokepoint.Sources.Bis;
using Chokepoint.Sources.Eu;
using Chokepoint.Sources.Ftm;
using Chokepoint.Sources.Ofac;
using Chokepoint.Sources.Uk;
using Chokepoint.Sources.Un;
using Chokepoint.Sources.UsTrade;

namespace Chokepoint.Sources;

/// <summary>Every input format by name, for `import` and bundled datasets alike; <c>auto</c> detects the format.</summary>
public static class SourceFormats
{
    public const string Auto = "auto";

    private static readonly Dictionary<string, Func<string, ImportOptions, ImportInput>> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        [FtmFormat.Name] = FtmFormat.Open,
        [OfacCsvFormat.SdnName] = OfacCsvFormat.OpenSdn,
        [OfacCsvFormat.ConsName] = OfacCsvFormat.OpenCons,
        [OfacJsonFormat.Name] = OfacJsonFormat.Open,
        [UnXmlFormat.Name] = UnXmlFormat.Open,
        [EuFsfFormat.Name] = EuFsfFormat.Open,
        [OfsiFormat.Name] = OfsiFormat.Open,
        [FcdoFormat.Name] = FcdoFormat.Open,
        [FcdoCsvFormat.Name] = FcdoCsvFormat.Open,
        [CslFormat.Name] = CslFormat.Open,
        [DplFormat.Name] = DplFormat.Open,
    };

    public static IEnumerable<string> Names => Openers.Keys.Append(Auto).Order(StringComparer.Ordinal);

    public static bool IsKnown(string format) => Openers.ContainsKey(format) || format.Equals(Auto, StringComparison.OrdinalIgnoreCase);

    public static ImportInput Open(string format, string path, ImportOptions options)
    {
        if (format.Equals(Auto, StringComparison.OrdinalIgnoreCase))
            format = FormatDetector.Detect(path);
        if (!Openers.TryGetValue(format, out var open))
            throw new ArgumentException($"unknown format '{format}'; known formats: {string.Join(", ", Names)}");
        return open(path, options);
    }
}
