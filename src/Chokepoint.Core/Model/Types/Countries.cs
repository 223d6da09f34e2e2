using YamlDotNet.Serialization;

namespace Chokepoint.Model;

/// <summary>ISO 3166-1 alpha-2 codes (lower case, as FtM writes them) with names and aliases from <c>Resources/countries.yaml</c>.</summary>
public static class Countries
{
    private static readonly Lazy<(Dictionary<string, string> Lookup, Dictionary<string, string> Names)> Table = new(Load);

    /// <summary>The code for a code, alpha-3 code, name or alias ("Russia", "RUS", "ru", "Россия" give "ru"); null when unknown.</summary>
    public static string? TryNormalize(string value) =>
        Table.Value.Lookup.GetValueOrDefault(value.Trim());

    public static string NameOf(string code) => Table.Value.Names.GetValueOrDefault(code, code);

    public static IEnumerable<string> Codes => Table.Value.Names.Keys;

    private static (Dictionary<string, string>, Dictionary<string, string>) Load()
    {
        var entries = new Deserializer().Deserialize<Dictionary<string, List<string>>>(Resources.Read("countries.yaml"));
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, aliases) in entries)
        {
            names[code] = aliases.FirstOrDefault() ?? code;
            lookup.TryAdd(code, code);
            foreach (var alias in aliases)
                lookup.TryAdd(alias, code);
        }
        return (lookup, names);
    }
}
