namespace Chokepoint.Model;

// YAML shapes of the schema resources; mutable because YamlDotNet fills them.
internal sealed class SchemaDocument
{
    public string? Label { get; set; }
    public string? Plural { get; set; }
    public List<string>? Extends { get; set; }
    public bool Abstract { get; set; }
    public bool? Matchable { get; set; }
    public List<string>? Featured { get; set; }
    public List<string>? Required { get; set; }
    public List<string>? Caption { get; set; }
    public EdgeDocument? Edge { get; set; }
    public Dictionary<string, PropertyDocument>? Properties { get; set; }
}

internal sealed class EdgeDocument
{
    public string? Source { get; set; }
    public string? Target { get; set; }
    public string? Label { get; set; }
    public bool Directed { get; set; } = true;
}

internal sealed class PropertyDocument
{
    public string? Label { get; set; }
    public string? Type { get; set; }
    public string? Range { get; set; }
    public ReverseDocument? Reverse { get; set; }
    public bool? Matchable { get; set; }
    public bool Hidden { get; set; }
    public int? MaxLength { get; set; }
}

internal sealed class ReverseDocument
{
    public string? Name { get; set; }
    public string? Label { get; set; }
    public bool Hidden { get; set; }
}

internal sealed class TypeDocument
{
    public string? Label { get; set; }
    public string? Group { get; set; }
    public bool Matchable { get; set; }
    public int? MaxLength { get; set; }
}
