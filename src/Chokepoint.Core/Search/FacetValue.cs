namespace Chokepoint.Search;

/// <summary>One value of a facet (a schema, country, dataset or topic) with the number of results that have it.</summary>
public sealed record FacetValue(string Name, string Label, int Count);
