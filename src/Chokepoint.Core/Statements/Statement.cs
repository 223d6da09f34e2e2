namespace Chokepoint.Statements;

/// <summary>
/// One property value of one entity, with provenance: the primary record of the store. Entities are assembled from these.
/// </summary>
public sealed record Statement
{
    public required string Id { get; init; }
    public required string EntityId { get; init; }
    public required string Schema { get; init; }
    public required string Prop { get; init; }
    public required string Value { get; init; }
    public required string Dataset { get; init; }

    /// <summary>The value as the source wrote it, when cleaning changed it ("Russia" for <c>ru</c>).</summary>
    public string? OriginalValue { get; init; }
    public string? Lang { get; init; }

    /// <summary>The source (document or list release) the value comes from.</summary>
    public string? SourceId { get; init; }
    public TextSpan? Span { get; init; }

    /// <summary>The exact words of the source that support the value.</summary>
    public string? Quote { get; init; }

    /// <summary>Admiralty code of the source for this value (A1 for official lists).</summary>
    public string? Grading { get; init; }
    public required string FirstSeen { get; init; }
    public required string LastSeen { get; init; }

    /// <summary>Pseudo-property under which the ids of merged source records (FtM referents) are kept.</summary>
    public const string ReferentProp = "$referent";
}

/// <summary>A character range [Start, End) in a source document.</summary>
public readonly record struct TextSpan(int Start, int End);
