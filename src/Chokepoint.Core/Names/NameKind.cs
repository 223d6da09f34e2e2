namespace Chokepoint.Names;

/// <summary>Which rules apply to a name: legal forms are features of organisation names only; titles of person names.</summary>
public enum NameKind
{
    /// <summary>Could be either (LegalEntity, unknown): legal forms and titles are both recognised.</summary>
    Any,
    Person,
    Organization,

    /// <summary>Vessels, airplanes and other objects: only object prefixes (MV, The) are dropped.</summary>
    Object,
}
