using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Uk;

/// <summary>Maps one ConList group (all rows of one Group ID) to its entity, addresses and sanctions.</summary>
public static class OfsiEntity
{
    public static IEnumerable<EntityRecord> Map(OfsiColumns c, string groupId, List<CsvRow> rows, string file)
    {
        var first = rows[0];
        var groupType = first.Get(c.GroupType);
        var schema = groupType switch
        {
            "Individual" => "Person",
            "Ship" => "Vessel",
            _ => "Organization",
        };
        var isPerson = schema == "Person";
        var entity = new EntityRecord { Id = $"gb-hmt-{groupId}", Schema = schema, File = file, Line = first.Line };
        entity.Add("topics", "sanction");
        var derived = new List<EntityRecord>();
        foreach (var row in rows)
        {
            OfsiNames.Add(entity, c, row, isPerson);
            if (isPerson)
                AddPersonDetails(entity, c, row);
            foreach (var number in ListValues.Numbered(row.Get(c.NationalId)))
                ListValues.AddIdentifier(entity, "idNumber", number);
            if (row.Get(c.NationalIdDetails) is { Length: > 0 } idDetails)
                entity.Add("notes", $"National identification: {idDetails}");
            if (OfsiAddress.Create(entity, c, row) is { } address)
                derived.Add(address);
            var other = row.Get(c.OtherInformation);
            entity.Add("notes", other);
            OfsiOtherFields.Apply(entity, OtherInformation.Parse(other));
            entity.Add("modifiedAt", ListValues.DayFirstDate(row.Get(c.LastUpdated)));
        }
        if (!entity.Values.Any(v => v.Key == "name"))
            Promote(entity);
        ListValues.Dedupe(entity);
        yield return entity;
        foreach (var address in derived.DistinctBy(a => a.Id))
            yield return address;
        foreach (var sanction in Sanctions(c, entity.Id, rows, file))
            yield return sanction;
    }

    private static void AddPersonDetails(EntityRecord entity, OfsiColumns c, CsvRow row)
    {
        entity.Add("title", row.Get(c.Title));
        entity.Add("birthDate", ListValues.DayFirstDate(row.Get(c.Dob)));
        entity.Add("birthPlace", row.Get(c.TownOfBirth));
        if (!ListValues.AddCountry(entity, "birthCountry", row.Get(c.CountryOfBirth)))
            entity.Add("birthPlace", row.Get(c.CountryOfBirth));
        ListValues.AddCountries(entity, "nationality", row.Get(c.Nationality));
        entity.Add("position", row.Get(c.Position));
        foreach (var number in ListValues.Numbered(row.Get(c.PassportNumber)))
            ListValues.AddIdentifier(entity, "passportNumber", number);
        if (row.Get(c.PassportDetails) is { Length: > 0 } details)
            entity.Add("notes", $"Passport: {details}");
    }

    /// <summary>A group whose rows are all aliases still needs a name: its first alias becomes it.</summary>
    private static void Promote(EntityRecord entity)
    {
        var index = entity.Values.FindIndex(v => v.Key is "alias" or "weakAlias" or "previousName");
        if (index >= 0)
            entity.Values[index] = new("name", entity.Values[index].Value);
    }

    private static IEnumerable<EntityRecord> Sanctions(OfsiColumns c, string entityId, List<CsvRow> rows, string file)
    {
        foreach (var regime in rows.GroupBy(r => r.Get(c.Regime)))
        {
            var listed = regime.Select(r => ListValues.DayFirstDate(r.Get(c.ListedOn))).Where(d => d is not null).Min(StringComparer.Ordinal);
            var other = OtherInformation.Parse(regime.First().Get(c.OtherInformation));
            var sanction = ListSanction.Create(entityId, file, regime.First().Line, OfsiFormat.Authority, regime.Key.Length > 0 ? regime.Key : null,
                listed, reason: other.GetValueOrDefault("UK Statement of Reasons"));
            if (other.GetValueOrDefault("UK Sanctions List Ref") is { Length: <= 64 } reference)
                sanction.Add("authorityId", reference);
            if (other.GetValueOrDefault("UN Ref") is { Length: <= 16 } unRef)
                sanction.Add("unscId", unRef);
            sanction.Add("modifiedAt", regime.Select(r => ListValues.DayFirstDate(r.Get(c.LastUpdated))).Where(d => d is not null).Max(StringComparer.Ordinal));
            yield return sanction;
        }
    }
}
