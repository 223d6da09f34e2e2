namespace Chokepoint.Sources.Ofac;

/// <summary>OFAC writes individuals as "SURNAME, Given Names".</summary>
public static class OfacNames
{
    public static void AddPersonParts(RecordBuilder person, string? name)
    {
        if (name is null)
            return;
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
            return;
        person.Add("lastName", name[..comma]);
        person.Add("firstName", name[(comma + 2)..]);
    }
}
