namespace Chokepoint.Storage;

/// <summary>A statement reduced to what search facets need; <see cref="Prop"/> is empty for the schema/dataset row.</summary>
public sealed record FacetStatement(string EntityId, string Schema, string Dataset, string Prop, string Value);
