using Chokepoint.Model;
using YamlDotNet.Serialization;

namespace Chokepoint.Sources.Ofac;

/// <summary>The remark labels of <c>Resources/ofac_remark_labels.yaml</c>, longest first so "Diplomatic Passport" wins over "Passport".</summary>
public sealed class OfacRemarkLabels
{
    private static readonly Lazy<OfacRemarkLabels> Loaded = new(Load);

    public static OfacRemarkLabels Default => Loaded.Value;

    /// <summary>Label → (property, document kind) for identifying numbers.</summary>
    public required IReadOnlyDictionary<string, (string Property, string Document)> Identifiers { get; init; }

    /// <summary>Label → kind for plain values.</summary>
    public required IReadOnlyDictionary<string, string> Values { get; init; }

    public required IReadOnlyList<string> Ordered { get; init; }

    private IReadOnlyDictionary<char, string[]>? _byFirst;

    /// <summary>The label a remark part starts with, and the rest of the part.</summary>
    public (string Label, string Value)? Match(string part)
    {
        if (part.Length == 0)
            return null;
        _byFirst ??= Ordered.GroupBy(l => l[0]).ToDictionary(g => g.Key, g => g.ToArray());
        if (!_byFirst.TryGetValue(part[0], out var candidates))
            return null;
        foreach (var label in candidates)
        {
            if (!part.StartsWith(label, StringComparison.Ordinal))
                continue;
            if (part.Length == label.Length)
                return (label, "");
            var next = part[label.Length];
            if (next == ' ' || label[^1] is ':' or '-')
                return (label, part[label.Length..].Trim());
        }
        return null;
    }

    private static OfacRemarkLabels Load()
    {
        var document = new DeserializerBuilder().WithNamingConvention(YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance).Build().Deserialize<Document>(Resources.Read("ofac_remark_labels.yaml"));
        var identifiers = document.Identifiers.ToDictionary(kv => kv.Key, kv => (kv.Value[0], kv.Value[1]), StringComparer.Ordinal);
        return new OfacRemarkLabels
        {
            Identifiers = identifiers,
            Values = document.Values,
            Ordered = identifiers.Keys.Concat(document.Values.Keys).OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).ToList(),
        };
    }

    private sealed class Document
    {
        public Dictionary<string, List<string>> Identifiers { get; set; } = [];
        public Dictionary<string, string> Values { get; set; } = [];
    }
}
