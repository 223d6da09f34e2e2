using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Uk;

/// <summary>A row's address (Address 1-6, post code, country) as an Address entity linked from the listed entity.</summary>
public static class OfsiAddress
{
    public static EntityRecord? Create(EntityRecord owner, OfsiColumns c, CsvRow row)
    {
        var lines = c.Address.Select(row.Get).Where(p => p.Length > 0).ToList();
        var postCode = row.Get(c.PostCode);
        var country = row.Get(c.Country);
        var full = string.Join(", ", lines.Append(postCode).Append(country).Where(p => p.Length > 0));
        if (full.Length == 0)
            return null;
        if (lines.Count == 0 && postCode.Length == 0)
        {
            ListValues.AddCountries(owner, "country", country);
            return null;
        }
        var address = new EntityRecord { Id = $"{owner.Id}-addr-{ListValues.Hash(full)}", Schema = "Address", File = owner.File, Line = row.Line };
        address.Add("full", full);
        address.Add("street", lines.FirstOrDefault());
        address.Add("postalCode", postCode.Length <= 16 ? postCode : null);
        ListValues.AddCountry(address, "country", country);
        owner.Add("addressEntity", address.Id);
        owner.Add("address", full);
        return address;
    }
}
