namespace Chokepoint.Search;

/// <summary>A name search with facet filters; an empty <see cref="Text"/> browses every named entity.</summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";

    /// <summary>Restricts the search to one dataset; null searches all of them.</summary>
    public string? Dataset { get; init; }
    public IReadOnlyList<string> Schemata { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Datasets { get; init; } = [];
    public int Limit { get; init; } = 20;
    public int Offset { get; init; }

    public const int MaxLimit = 100;
}
