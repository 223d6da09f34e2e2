namespace Chokepoint.Importing;

/// <summary>
/// An entity as an input file states it, before validation: what every importer produces and
/// <see cref="EntityRecordWriter"/> turns into statements.
/// </summary>
public sealed class EntityRecord
{
    public required string Id { get; init; }
    public required string Schema { get; init; }

    /// <summary>Property values in file order; values are raw and get cleaned per type on write.</summary>
    public List<KeyValuePair<string, string>> Values { get; } = [];

    public List<string> Referents { get; } = [];

    /// <summary>Where the record came from, for error messages.</summary>
    public required string File { get; init; }
    public long? Line { get; init; }

    /// <summary>The source these values cite; the import's own source when null.</summary>
    public string? SourceId { get; init; }
    public string? Quote { get; init; }
    public string? FirstSeen { get; init; }

    /// <summary>The characters of the source document the values come from (documents only).</summary>
    public Statements.TextSpan? Span { get; init; }

    public void Add(string prop, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            Values.Add(new(prop, value));
    }
}
