using Chokepoint.Importing;
using Chokepoint.Model;

namespace Chokepoint.Sources.Ofac;

/// <summary>A row of add.csv (<c>ent_num, add_num, Address, City/State/Province/Postal Code, Country, Add_remarks</c>) as an Address entity.</summary>
public static class OfacAddresses
{
    public static EntityRecord? Map(OfacRow row, RecordBuilder listed)
    {
        var (street, city, country, remarks) = (row[2], row[3], row[4], row[5]);
        if (street is null && city is null && country is null)
        {
            listed.Note(remarks);
            return null;
        }
        var address = new RecordBuilder($"ofac-addr-{row[1]}", "Address", row.File, row.Line);
        address.Add("full", string.Join(", ", new[] { street, city, country }.Where(p => p is not null)));
        address.Add("street", street).Add("city", city).Add("remarks", remarks);
        if (country is not null && Countries.TryNormalize(country) is { } code)
        {
            address.Add("country", code);
            listed.Add("country", code);
        }
        listed.Add("addressEntity", address.Id);
        return address.Record;
    }
}
