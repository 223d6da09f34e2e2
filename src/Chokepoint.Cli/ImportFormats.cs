using Chokepoint.Importing;
using Chokepoint.Sources;

namespace Chokepoint.Cli;

/// <summary>The input formats `import` accepts, by name; the registry itself is <see cref="SourceFormats"/> in Core.</summary>
public static class ImportFormats
{
    public static IEnumerable<string> Names => SourceFormats.Names;

    public static ImportInput Open(string format, string path, ImportOptions options) => SourceFormats.Open(format, path, options);
}
