namespace Chokepoint.Documents.Mentions;

/// <summary>What a mention names, as the gold format spells it, and the schema a new entity of that kind gets.</summary>
public static class MentionKind
{
    public const string Organization = "organization";
    public const string Person = "person";
    public const string Product = "product";
    public const string Location = "location";
    public const string Vessel = "vessel";
    public const string Aircraft = "aircraft";

    public static string SchemaOf(string kind) => kind switch
    {
        Organization => "Organization",
        Person => "Person",
        Location => "Address",
        Vessel => "Vessel",
        Aircraft => "Airplane",
        _ => "Product",
    };
}
