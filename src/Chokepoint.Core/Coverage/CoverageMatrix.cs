namespace Chokepoint.Coverage;

/// <summary>Coverage of a set of entities: which authorities sanction each one. Plain data for CLI, API and the heat map.</summary>
public sealed record CoverageMatrix(string Scope, IReadOnlyList<string> Authorities, IReadOnlyList<CoverageRow> Rows)
{
    /// <summary>Authorities with at least one Sanction in the store; only these can leave a gap.</summary>
    public IReadOnlyList<string> Loaded { get; init; } = [];

    /// <summary>The column code of <paramref name="authority"/> (any case), or null when the matrix has no such column.</summary>
    public string? Column(string authority) =>
        Authorities.FirstOrDefault(a => string.Equals(a, authority, StringComparison.OrdinalIgnoreCase));

    /// <summary>The matrix narrowed to one authority's column: each row keeps only that authority's cell, listed rows first.</summary>
    public CoverageMatrix ForAuthority(string authority)
    {
        var column = Column(authority) ?? throw new ArgumentException($"no authority '{authority}' in the coverage matrix");
        var rows = Rows.Select(r => r with { Cells = [.. r.Cells.Where(c => c.Authority == column)] })
            .OrderByDescending(r => r.Lists).ThenBy(r => r.Caption, StringComparer.OrdinalIgnoreCase).ToList();
        return new CoverageMatrix($"{Scope}, authority {column}", [column], rows) { Loaded = [.. Loaded.Where(a => a == column)] };
    }
}
