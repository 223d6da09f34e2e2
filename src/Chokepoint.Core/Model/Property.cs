namespace Chokepoint.Model;

/// <summary>One property of a schema; inherited properties are shared by reference with the schema that declares them.</summary>
public sealed class Property
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public required PropertyType Type { get; init; }

    /// <summary>The schema that declares the property.</summary>
    public required string SchemaName { get; init; }

    /// <summary>For entity properties: the schema the referenced entity must be.</summary>
    public string? Range { get; init; }

    /// <summary>For entity properties: the name of the reverse property on <see cref="Range"/>.</summary>
    public string? Reverse { get; init; }

    public bool Matchable { get; init; }
    public bool Hidden { get; init; }

    /// <summary>A stub is the generated reverse side of an entity property; values are never stored under it.</summary>
    public bool Stub { get; init; }

    public string Qualified => $"{SchemaName}:{Name}";

    public override string ToString() => Qualified;
}
