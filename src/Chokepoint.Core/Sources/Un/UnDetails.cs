using System.Xml.Linq;
using Chokepoint.Importing;
using Chokepoint.Model;

namespace Chokepoint.Sources.Un;

/// <summary>Dates and places of birth, documents and addresses of a UN record.</summary>
public static class UnDetails
{
    public static void AddBirth(XElement element, RecordBuilder listed)
    {
        foreach (var dob in element.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            var type = UnMapper.Text(dob, "TYPE_OF_DATE");
            foreach (var field in new[] { "DATE", "YEAR", "FROM_YEAR", "TO_YEAR" })
                listed.Add("birthDate", UnMapper.Text(dob, field));
            if (type == "APPROXIMATELY" || UnMapper.Text(dob, "NOTE") is not null)
                listed.Note(string.Join(' ', new[] { "Date of birth", type?.ToLowerInvariant(), UnMapper.Text(dob, "NOTE") }.OfType<string>()));
        }
        foreach (var pob in element.Elements("INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            var parts = new[] { "STREET", "CITY", "STATE_PROVINCE", "COUNTRY" }.Select(f => UnMapper.Text(pob, f)).OfType<string>();
            listed.Add("birthPlace", string.Join(", ", parts));
            if (UnMapper.Text(pob, "COUNTRY") is { } country && Countries.TryNormalize(country) is { } code)
                listed.Add("birthCountry", code);
        }
    }

    public static IEnumerable<EntityRecord> Documents(XElement element, RecordBuilder listed)
    {
        foreach (var document in element.Elements("INDIVIDUAL_DOCUMENT"))
        {
            var number = UnMapper.Text(document, "NUMBER");
            var type = UnMapper.Text(document, "TYPE_OF_DOCUMENT");
            var note = UnMapper.Text(document, "NOTE");
            if (number is null)
            {
                listed.Note(string.Join(": ", new[] { type, note }.OfType<string>()));
                continue;
            }
            var country = UnMapper.Text(document, "ISSUING_COUNTRY") ?? UnMapper.Text(document, "COUNTRY_OF_ISSUE");
            var passport = type?.Contains("passport", StringComparison.OrdinalIgnoreCase) == true;
            listed.Add(passport ? "passportNumber" : "idNumber", number);
            var id = new RecordBuilder($"{listed.Id}-id-{Sources.Ofac.OfacMapper.Key(type, number, country)}",
                passport ? "Passport" : "Identification", listed.Record.File, listed.Record.Line);
            id.Add("holder", listed.Id).Add("number", number).Add("type", string.Join(", ", new[] { type, UnMapper.Text(document, "TYPE_OF_DOCUMENT2") }.OfType<string>()))
                .Add("country", country is null ? null : Countries.TryNormalize(country))
                .Add("startDate", UnMapper.Text(document, "DATE_OF_ISSUE"))
                .Add("authority", UnMapper.Text(document, "CITY_OF_ISSUE"))
                .Add("description", note);
            if (passport)
                id.Add("passportNumber", number);
            yield return id.Record;
        }
    }

    public static IEnumerable<EntityRecord> Addresses(XElement element, RecordBuilder listed)
    {
        foreach (var address in element.Elements().Where(e => e.Name.LocalName.EndsWith("_ADDRESS", StringComparison.Ordinal)))
        {
            var fields = new[] { "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY" }.Select(f => UnMapper.Text(address, f)).ToArray();
            var note = UnMapper.Text(address, "NOTE");
            if (fields.All(f => f is null))
            {
                listed.Note(note);
                continue;
            }
            var full = string.Join(", ", fields.OfType<string>());
            var code = fields[4] is { } country ? Countries.TryNormalize(country) : null;
            var record = new RecordBuilder($"{listed.Id}-addr-{Sources.Ofac.OfacMapper.Key(full)}", "Address", listed.Record.File, listed.Record.Line);
            record.Add("full", full).Add("street", fields[0]).Add("city", fields[1]).Add("region", fields[2])
                .Add("postalCode", fields[3]).Add("country", code).Add("remarks", note);
            listed.Add("addressEntity", record.Id).Add("country", code);
            yield return record.Record;
        }
    }
}
