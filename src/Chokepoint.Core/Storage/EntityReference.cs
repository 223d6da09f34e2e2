namespace Chokepoint.Storage;

/// <summary>An entity whose property <see cref="Prop"/> holds another entity's id (a reverse reference).</summary>
public sealed record EntityReference(string EntityId, string Schema, string Prop);
