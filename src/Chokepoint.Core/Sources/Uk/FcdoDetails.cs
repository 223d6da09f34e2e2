using System.Xml.Linq;
using Chokepoint.Importing;
using static Chokepoint.Sources.Uk.FcdoDesignation;

namespace Chokepoint.Sources.Uk;

/// <summary>Individual, entity and ship details of an FCDO designation, and its addresses.</summary>
internal static class FcdoDetails
{
    public static void Apply(EntityRecord entity, XElement d)
    {
        var values = (string name) => All(d, name).Select(e => e.Value.Trim()).Where(v => v.Length > 0);
        if (entity.Schema == "Person")
        {
            foreach (var title in values("Title"))
                entity.Add("title", title);
            foreach (var dob in values("DOB"))
                entity.Add("birthDate", ListValues.DayFirstDate(dob));
            foreach (var town in values("TownOfBirth"))
                entity.Add("birthPlace", town);
            foreach (var country in values("CountryOfBirth"))
                ListValues.AddCountries(entity, "birthCountry", country);
            foreach (var nationality in values("Nationality"))
                ListValues.AddCountries(entity, "nationality", nationality);
            foreach (var position in values("Position"))
                entity.Add("position", position);
            foreach (var passport in values("PassportNumber"))
                ListValues.AddIdentifier(entity, "passportNumber", passport);
            foreach (var info in values("PassportAdditionalInformation"))
                entity.Add("notes", $"Passport: {info}");
            foreach (var gender in values("Gender").Select(g => g.ToLowerInvariant()).Where(g => g is "male" or "female"))
                entity.Add("gender", gender);
        }
        foreach (var number in values("NationalIdentifierNumber"))
            ListValues.AddIdentifier(entity, "idNumber", number);
        if (entity.Schema == "Vessel")
        {
            foreach (var imo in values("IMONumber"))
                ListValues.AddIdentifier(entity, "imoNumber", imo);
            foreach (var flag in values("CurrentBelievedFlagOfShip"))
                ListValues.AddCountries(entity, "flag", flag);
            foreach (var flag in values("PreviousFlag"))
                ListValues.AddCountries(entity, "pastFlags", flag);
            foreach (var type in values("TypeOfShip"))
                entity.Add("type", type);
        }
        else if (entity.Schema == "Organization")
        {
            foreach (var type in values("TypeOfEntity"))
                entity.Add("legalForm", type);
            foreach (var number in values("BusinessRegistrationNumber"))
                ListValues.AddIdentifier(entity, "registrationNumber", number);
        }
    }

    public static IEnumerable<EntityRecord> Addresses(EntityRecord owner, XElement d)
    {
        foreach (var address in All(d, "Address"))
        {
            var lines = Enumerable.Range(1, 6).Select(i => Text(address, $"AddressLine{i}")).Where(l => l is not null).ToList();
            var postCode = Text(address, "AddressPostalCode");
            var country = Text(address, "AddressCountry");
            var full = string.Join(", ", lines.Append(postCode).Append(country).Where(p => p is not null));
            if (full.Length == 0)
                continue;
            if (lines.Count == 0 && postCode is null)
            {
                ListValues.AddCountries(owner, "country", country);
                continue;
            }
            var record = new EntityRecord { Id = $"{owner.Id}-addr-{ListValues.Hash(full)}", Schema = "Address", File = owner.File, Line = owner.Line };
            record.Add("full", full);
            record.Add("postalCode", postCode is { Length: <= 16 } ? postCode : null);
            ListValues.AddCountry(record, "country", country);
            owner.Add("addressEntity", record.Id);
            owner.Add("address", full);
            yield return record;
        }
    }
}
