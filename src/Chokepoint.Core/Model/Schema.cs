namespace Chokepoint.Model;

/// <summary>An entity type (Person, Company, Sanction, Supply ...), with its own and inherited properties.</summary>
public sealed class Schema
{
    private readonly Dictionary<string, Property> _properties = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ancestors = new(StringComparer.Ordinal);

    internal Schema(string name) => Name = name;

    public string Name { get; }
    public string Label { get; internal set; } = "";
    public string Plural { get; internal set; } = "";
    public bool Abstract { get; internal set; }
    public bool Matchable { get; internal set; }
    public IReadOnlyList<string> Extends { get; internal set; } = [];
    public IReadOnlyList<string> Featured { get; internal set; } = [];
    public IReadOnlyList<string> Required { get; internal set; } = [];
    public IReadOnlyList<string> Caption { get; internal set; } = [];
    public SchemaEdge? Edge { get; internal set; }

    /// <summary>Own and inherited properties by name.</summary>
    public IReadOnlyDictionary<string, Property> Properties => _properties;

    /// <summary>This schema and every schema it extends, directly or not.</summary>
    public IReadOnlySet<string> Ancestors => _ancestors;

    public bool IsA(string schemaName) => _ancestors.Contains(schemaName);

    public Property? GetProperty(string name) => _properties.GetValueOrDefault(name);

    internal void AddProperty(Property property) => _properties.TryAdd(property.Name, property);

    internal void AddAncestor(string name) => _ancestors.Add(name);

    public override string ToString() => Name;
}

/// <summary>How a relation schema draws as a graph edge: SOURCE --label--> TARGET.</summary>
public sealed record SchemaEdge(string Source, string Target, string Label, bool Directed);
