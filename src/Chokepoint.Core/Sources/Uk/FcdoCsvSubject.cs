using System.Globalization;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Uk;

/// <summary>Maps the designations of one OFSI group from the normalised FCDO CSV tables.</summary>
internal static class FcdoCsvSubject
{
    public static IEnumerable<EntityRecord> Map(string key, List<Dictionary<string, string>> designations, Dictionary<string, ILookup<string, Dictionary<string, string>>> related, string file)
    {
        var first = designations[0];
        var line = long.Parse(first["$line"], CultureInfo.InvariantCulture);
        var schema = first["subject_type"] switch { "individual" => "Person", "ship" => "Vessel", _ => "Organization" };
        var isPerson = schema == "Person";
        var entity = new EntityRecord { Id = $"gb-hmt-{key}", Schema = schema, File = file, Line = line };
        entity.Add("topics", "sanction");
        foreach (var d in designations)
        {
            var id = d["unique_id"];
            foreach (var name in related["subject_names"][id])
            {
                var prop = name.GetValueOrDefault("name_type") == "primary" ? "name"
                    : OfsiNames.Prop("aka", name.GetValueOrDefault("alias_strength")?.Replace('_', ' ') ?? "");
                entity.Add(prop, name.GetValueOrDefault("full_name"));
                if (isPerson && prop == "name")
                {
                    entity.Add("firstName", name.GetValueOrDefault("name_1"));
                    entity.Add("lastName", name.GetValueOrDefault("name_6"));
                }
            }
            if (isPerson)
            {
                foreach (var dob in related["subject_dobs"][id])
                    entity.Add("birthDate", string.Join('-', new[] { dob.GetValueOrDefault("year"), dob.GetValueOrDefault("month"), dob.GetValueOrDefault("day") }.TakeWhile(p => !string.IsNullOrEmpty(p))));
            }
            foreach (var country in related["subject_countries"][id])
            {
                var prop = (country.GetValueOrDefault("country_type"), isPerson) switch
                {
                    ("birth", true) => "birthCountry",
                    ("nationality", true) => "nationality",
                    _ => schema == "Vessel" ? "flag" : "country",
                };
                if (!ListValues.AddCountry(entity, prop, country.GetValueOrDefault("iso")))
                    ListValues.AddCountries(entity, prop, country.GetValueOrDefault("raw_value"));
            }
            foreach (var identifier in related["subject_identifiers"][id])
            {
                var prop = (identifier.GetValueOrDefault("identifier_type"), schema) switch
                {
                    ("passport", "Person") => "passportNumber",
                    ("imo", "Vessel") => "imoNumber",
                    ("imo", "Organization") => "imoNumber",
                    ("business_registration_numbers", "Organization") => "registrationNumber",
                    (_, "Vessel") => null,
                    _ => "idNumber",
                };
                if (prop is not null)
                    ListValues.AddIdentifier(entity, prop, identifier.GetValueOrDefault("raw_value"));
                if (identifier.GetValueOrDefault("additional_info") is { Length: > 0 } info)
                    entity.Add("notes", info);
            }
            entity.Add("modifiedAt", ListValues.DayFirstDate(d.GetValueOrDefault("last_updated")));
        }
        if (!entity.Values.Any(v => v.Key == "name") && entity.Values.FindIndex(v => v.Key is "alias" or "weakAlias" or "previousName") is var i and >= 0)
            entity.Values[i] = new("name", entity.Values[i].Value);
        ListValues.Dedupe(entity);
        yield return entity;
        foreach (var d in designations)
        {
            var id = d["unique_id"];
            // The normalised tables carry no regime name; the UK Sanctions List reference's prefix (RUS, AFG ...) names it.
            var regime = new string(id.TakeWhile(char.IsLetter).ToArray());
            var sanction = ListSanction.Create(entity.Id, file, long.Parse(d["$line"], CultureInfo.InvariantCulture), OfsiFormat.Authority, regime.Length > 0 ? regime : null,
                ListValues.DayFirstDate(d.GetValueOrDefault("date_designated")), key: id);
            sanction.Add("authorityId", id);
            sanction.Add("unscId", d.GetValueOrDefault("un_reference_number") is { Length: <= 16 } un ? un : null);
            yield return sanction;
        }
    }
}
