using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Uk;

/// <summary>One row's name: primary names are names, good aliases aliases, low-quality ones weak aliases, former ones previous names.</summary>
public static class OfsiNames
{
    public static void Add(EntityRecord entity, OfsiColumns c, CsvRow row, bool isPerson)
    {
        var parts = c.Names.Select(row.Get).ToArray();
        var full = string.Join(' ', parts.Where(p => p.Length > 0));
        var prop = Prop(row.Get(c.AliasType), row.Get(c.AliasQuality));
        entity.Add(prop, full);
        if (row.Get(c.NonLatin) is { Length: > 0 } original)
            entity.Add(prop == "weakAlias" ? "weakAlias" : "alias", original);
        if (!isPerson || prop != "name")
            return;
        entity.Add("firstName", parts[0]);
        entity.Add("middleName", string.Join(' ', parts[1..5].Where(p => p.Length > 0)));
        entity.Add("lastName", parts[5]);
    }

    public static string Prop(string aliasType, string quality) => aliasType.Trim().ToLowerInvariant() switch
    {
        "primary name" or "prime alias" => "name",
        "fka" => "previousName",
        _ when quality.StartsWith("Low", StringComparison.OrdinalIgnoreCase) => "weakAlias",
        _ => "alias",
    };
}
