namespace Chokepoint.History;

/// <summary>What the store knows about two releases of a dataset: the statements that differ, the entities of each, and the entity references between them.</summary>
public sealed record ReleaseDelta(
    IReadOnlyList<StatementChange> Changes,
    IReadOnlyList<ReleaseEntity> Entities,
    IReadOnlyList<(string From, string To)> Edges);

/// <summary>A statement only in the later (<c>Added</c>) or only in the earlier release.</summary>
public sealed record StatementChange(bool Added, string EntityId, string Schema, string Prop, string Value);

/// <summary>An entity of either release and whether each release holds it.</summary>
public sealed record ReleaseEntity(string Id, string Schema, bool InFrom, bool InTo);
