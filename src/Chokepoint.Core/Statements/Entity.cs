using Chokepoint.Model;

namespace Chokepoint.Statements;

/// <summary>The assembled view of all statements that share an entity id.</summary>
public sealed class Entity
{
    private readonly Dictionary<string, List<string>> _properties = new(StringComparer.Ordinal);

    public Entity(string id, Schema schema)
    {
        Id = id;
        Schema = schema;
    }

    public string Id { get; }
    public Schema Schema { get; internal set; }
    public SortedSet<string> Datasets { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Referents { get; } = new(StringComparer.Ordinal);
    public string? FirstSeen { get; internal set; }
    public string? LastSeen { get; internal set; }
    public List<Statement> Statements { get; } = [];

    public IReadOnlyDictionary<string, List<string>> Properties => _properties;

    public IReadOnlyList<string> Get(string prop) => _properties.TryGetValue(prop, out var values) ? values : [];

    public string? First(string prop) => _properties.TryGetValue(prop, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Adds a value once; order of first appearance is kept.</summary>
    public void Add(string prop, string value)
    {
        if (!_properties.TryGetValue(prop, out var values))
            _properties[prop] = values = [];
        if (!values.Contains(value, StringComparer.Ordinal))
            values.Add(value);
    }

    /// <summary>The display name: the first caption property of the schema that has a value.</summary>
    public string Caption
    {
        get
        {
            foreach (var prop in Schema.Caption)
            {
                if (First(prop) is { } value)
                    return value;
            }
            return First("name") ?? Id;
        }
    }

    /// <summary>Ids this entity references through its entity-typed properties.</summary>
    public IEnumerable<(Property Property, string Id)> References()
    {
        foreach (var (prop, values) in _properties)
        {
            if (Schema.GetProperty(prop) is { Type.IsEntity: true } property)
            {
                foreach (var value in values)
                    yield return (property, value);
            }
        }
    }
}
