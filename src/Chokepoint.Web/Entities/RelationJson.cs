namespace Chokepoint.Web.Entities;

/// <summary>One relation of an entity: <c>out</c> when its property points at the other entity, <c>in</c> when the other points at it.</summary>
public sealed record RelationJson(string Direction, string Prop, string Label, string EntityId, string Caption, string Schema);
