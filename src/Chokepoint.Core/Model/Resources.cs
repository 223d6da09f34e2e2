using System.Reflection;

namespace Chokepoint.Model;

/// <summary>Embedded data files (YAML under a <c>Resources/</c> folder, SQL under <c>Sql/</c>), found by the end of their path.</summary>
internal static class Resources
{
    private static readonly Assembly Assembly = typeof(Resources).Assembly;

    // Logical names keep the source folder, with '/' separators on every OS.
    private static readonly Dictionary<string, string> Names = Assembly.GetManifestResourceNames()
        .ToDictionary(n => n.Replace('\\', '/'), n => n, StringComparer.Ordinal);

    /// <summary>Reads the one resource whose path ends with <paramref name="path"/> (e.g. <c>types.yaml</c>, <c>sqlite/001_init.sql</c>).</summary>
    public static string Read(string path)
    {
        var matches = Names.Keys.Where(n => n == path || n.EndsWith("/" + path, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => ReadExact(Names[matches[0]]),
            0 => throw new FileNotFoundException($"embedded resource '{path}' not found"),
            _ => throw new InvalidOperationException($"embedded resource '{path}' is ambiguous: {string.Join(", ", matches)}"),
        };
    }

    /// <summary>Whether exactly one resource's path ends with <paramref name="path"/>.</summary>
    public static bool Exists(string path) =>
        Names.Keys.Count(n => n == path || n.EndsWith("/" + path, StringComparison.Ordinal)) == 1;

    /// <summary>Every resource in a folder (e.g. <c>schemata/</c>), in name order.</summary>
    public static IEnumerable<(string Name, string Text)> ReadAll(string folder)
    {
        foreach (var name in Names.Keys.Where(n => n.Contains("/" + folder, StringComparison.Ordinal) || n.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            yield return (name, ReadExact(Names[name]));
    }

    private static string ReadExact(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"embedded resource '{name}' not found");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
