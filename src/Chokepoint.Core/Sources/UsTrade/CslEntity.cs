using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.UsTrade;

/// <summary>Maps one CSL row to its entity, addresses and the listing as a Sanction.</summary>
public static class CslEntity
{
    public static IEnumerable<EntityRecord> Map(CslColumns c, CsvRow row, string file)
    {
        var key = row.Get(c.Id) is { Length: > 0 } id ? id
            : row.Get(c.EntityNumber) is { Length: > 0 } number ? number
            : ListValues.Hash(row.Get(c.Source), row.Get(c.Name), row.Get(c.Addresses));
        var schema = row.Get(c.Type).ToLowerInvariant() switch
        {
            "individual" => "Person",
            "entity" => "Organization",
            "vessel" => "Vessel",
            "aircraft" => "Airplane",
            _ => "LegalEntity",
        };
        var entity = new EntityRecord { Id = $"us-csl-{key}", Schema = schema, File = file, Line = row.Line };
        entity.Add("topics", "sanction");
        entity.Add("name", row.Get(c.Name));
        foreach (var alias in ListValues.Split(row.Get(c.AltNames)))
            entity.Add("alias", alias);
        entity.Add("sourceUrl", Url(row.Get(c.SourceInformationUrl)));
        entity.Add("notes", row.Get(c.Remarks));
        if (schema == "Person")
        {
            entity.Add("title", row.Get(c.Title));
            foreach (var date in ListValues.Split(row.Get(c.DatesOfBirth)))
            {
                if (ListValues.DayFirstDate(date) is { } birth)
                    entity.Add("birthDate", birth);
                else
                    entity.Add("notes", $"Date of birth: {date}");
            }
            foreach (var place in ListValues.Split(row.Get(c.PlacesOfBirth)))
                entity.Add("birthPlace", place);
            foreach (var country in ListValues.Split(row.Get(c.Citizenships)))
                ListValues.AddCountries(entity, "citizenship", country);
            foreach (var country in ListValues.Split(row.Get(c.Nationalities)))
                ListValues.AddCountries(entity, "nationality", country);
        }
        else if (row.Get(c.Title) is { Length: > 0 } title)
        {
            entity.Add("notes", $"Title: {title}");
        }
        if (schema == "Vessel")
        {
            ListValues.AddIdentifier(entity, "callSign", row.Get(c.CallSign));
            entity.Add("type", row.Get(c.VesselType));
            ListValues.AddCountries(entity, "flag", row.Get(c.VesselFlag));
            if (row.Get(c.VesselOwner) is { Length: > 0 } owner)
                entity.Add("notes", $"Owner: {owner}");
        }
        CslIds.Apply(entity, row.Get(c.Ids), c.Modern);
        var derived = new List<EntityRecord>();
        foreach (var address in ListValues.Split(row.Get(c.Addresses)))
            derived.Add(Address(entity, address));
        ListValues.Dedupe(entity);
        yield return entity;
        foreach (var address in derived.DistinctBy(a => a.Id))
            yield return address;
        yield return Sanction(c, row, entity.Id, file);
    }

    private static EntityRecord Sanction(CslColumns c, CsvRow row, string entityId, string file)
    {
        var source = row.Get(c.Source);
        var sanction = ListSanction.Create(entityId, file, row.Line, source.Length > 0 ? source : "US Consolidated Screening List",
            row.Get(c.Programs) is { Length: > 0 } programs ? programs : null, ListValues.DayFirstDate(row.Get(c.StartDate)),
            Url(row.Get(c.SourceListUrl)), key: row.Get(c.FederalRegisterNotice));
        sanction.Add("endDate", ListValues.DayFirstDate(row.Get(c.EndDate)));
        sanction.Add("summary", row.Get(c.FederalRegisterNotice));
        sanction.Add("provisions", row.Get(c.LicenseRequirement));
        sanction.Add("provisions", row.Get(c.LicensePolicy));
        if (row.Get(c.StandardOrder) is { Length: > 0 } order)
            sanction.Add("provisions", $"Standard order: {order}");
        return sanction;
    }

    private static EntityRecord Address(EntityRecord owner, string full)
    {
        var record = new EntityRecord { Id = $"{owner.Id}-addr-{ListValues.Hash(full)}", Schema = "Address", File = owner.File, Line = owner.Line };
        record.Add("full", full);
        var last = full.Split(',').Last().Trim();
        if (last.Length == 2)
            ListValues.AddCountry(record, "country", last);
        owner.Add("addressEntity", record.Id);
        owner.Add("address", full);
        return record;
    }

    private static string? Url(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? text : null;
}
