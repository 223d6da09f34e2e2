using System.Text.RegularExpressions;

namespace Chokepoint.Core.Tests;

/// <summary>Counts computed straight from OFAC CSV text, independently of the importer, to check it against.</summary>
public static partial class FixtureCounts
{
    /// <summary>ent_num → expected schema of each row of an sdn.csv.</summary>
    public static Dictionary<string, string> OfacEntries(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var match = OfacRow().Match(line);
            if (!match.Success)
                continue;
            entries[match.Groups[1].Value] = match.Groups[2].Value switch
            {
                "individual" => "Person",
                "vessel" => "Vessel",
                "aircraft" => "Airplane",
                _ => "Organization",
            };
        }
        return entries;
    }

    public static Dictionary<string, long> BySchema(Dictionary<string, string> entries) =>
        entries.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => (long)g.Count());

    [GeneratedRegex("^(\\d+),\"(?:[^\"]|\"\")*\",(?:-0- |\"(individual|vessel|aircraft)\"),")]
    private static partial Regex OfacRow();
}
