namespace Chokepoint.Graph.Chokepoints;

/// <summary>An entity whose removal splits its part of the supply network into <c>Parts</c> pieces.</summary>
public sealed record CutEntity(string Id, string Caption, int Parts);
