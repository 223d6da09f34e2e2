namespace Chokepoint.History;

/// <summary>
/// How one listed entity (a list's own row: person, organization, vessel, aircraft) differs between two
/// releases. Property keys are the entity's own properties, or <c>Schema.prop</c> for a derived entity
/// (its Sanction, Address, Identification ...).
/// </summary>
public sealed record EntityChange(string Id, string Schema, ChangeKind Change, IReadOnlyDictionary<string, PropertyChange> Properties);

public sealed record PropertyChange(IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
