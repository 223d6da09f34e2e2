namespace Chokepoint.Sources.Ofac;

/// <summary>One OFAC listing gathered from the CSV set: the primary row, its addresses and alternate names, and its full remarks.</summary>
public sealed class OfacEntry
{
    public required OfacRow Row { get; init; }

    public string EntNum => Row[0]!;

    public string? Name => Row[1];

    /// <summary>individual, vessel, aircraft, or null for an entity.</summary>
    public string? Type => Row[2];

    /// <summary>The remarks with their continuation from the comments file appended.</summary>
    public string? Remarks { get; set; }

    public List<OfacRow> Addresses { get; } = [];

    public List<OfacRow> Alternates { get; } = [];

    public IEnumerable<string> Programs =>
        (Row[3] ?? "").Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Trim('[', ']', ' '))
            .Where(p => p.Length > 0);

    public string Schema => Type?.Trim().ToLowerInvariant() switch
    {
        "individual" => "Person",
        "vessel" => "Vessel",
        "aircraft" => "Airplane",
        _ => "Organization",
    };
}
