using Chokepoint.Graph;
using Chokepoint.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Chokepoint.Coverage;

/// <summary>Names the authority of a Sanction from the rules in <c>Resources/authorities.yaml</c>.</summary>
public sealed class Authorities
{
    private static readonly Lazy<Authorities> DefaultRules = new(Load);

    private Authorities(IReadOnlyList<Authority> known) => Known = known;

    public static Authorities Default => DefaultRules.Value;

    /// <summary>The configured authorities, in column order.</summary>
    public IReadOnlyList<Authority> Known { get; }

    /// <summary>The column a Sanction counts under: a known code, else its authority text, else its dataset.</summary>
    public string Resolve(SanctionRecord sanction)
    {
        var dataset = sanction.Datasets.Count > 0 ? sanction.Datasets[0] : "";
        var text = sanction.Authority?.ToLowerInvariant() ?? "";
        foreach (var rule in Known)
        {
            if (rule.Datasets.Any(p => sanction.Datasets.Any(d => d.StartsWith(p, StringComparison.OrdinalIgnoreCase))))
                return rule.Code;
        }
        foreach (var rule in Known)
        {
            if (rule.IdPrefixes.Any(p => sanction.SanctionId.StartsWith(p, StringComparison.OrdinalIgnoreCase) || sanction.EntityId.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                return rule.Code;
        }
        foreach (var rule in Known)
        {
            if (text.Length > 0 && rule.Authorities.Any(a => text.Contains(a, StringComparison.Ordinal)))
                return rule.Code;
        }
        foreach (var rule in Known)
        {
            if (sanction.Country is { } country && rule.Countries.Contains(country, StringComparer.OrdinalIgnoreCase))
                return rule.Code;
        }
        return sanction.Authority ?? (dataset.Length > 0 ? dataset : "unknown");
    }

    /// <summary>Whether a Sanction counts for a user's <c>--authority</c> filter: its code, authority text or dataset.</summary>
    public bool Matches(SanctionRecord sanction, string filter) =>
        string.Equals(Resolve(sanction), filter, StringComparison.OrdinalIgnoreCase)
        || (sanction.Authority?.Contains(filter, StringComparison.OrdinalIgnoreCase) ?? false)
        || sanction.Datasets.Contains(filter, StringComparer.OrdinalIgnoreCase);

    /// <summary>Column order: configured authorities first, then others alphabetically.</summary>
    public int Order(string code)
    {
        for (var i = 0; i < Known.Count; i++)
        {
            if (Known[i].Code == code)
                return i;
        }
        return Known.Count;
    }

    private static Authorities Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var rules = deserializer.Deserialize<List<Authority>>(Resources.Read("authorities.yaml"));
        return new Authorities(rules);
    }
}
