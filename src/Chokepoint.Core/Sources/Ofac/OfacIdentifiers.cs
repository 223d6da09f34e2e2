using Chokepoint.Importing;
using Chokepoint.Model;

namespace Chokepoint.Sources.Ofac;

/// <summary>
/// An identifying number from the remarks as a property of the listed entity and, for passports and
/// national or tax ids, an Identification/Passport entity. Russian tax ids are INN, Russian 13/15-digit
/// registration numbers OGRN; a Belarusian 9-digit registration number is also the UNP (tax number).
/// </summary>
public static class OfacIdentifiers
{
    public static void Apply(OfacRemark fact, RecordBuilder listed, List<EntityRecord> records, OfacRemarkLabels? labels = null)
    {
        labels ??= OfacRemarkLabels.Default;
        var (prop, document) = labels.Identifiers[fact.Label!];
        var number = fact.Value;
        var country = fact.Country is null ? null : Countries.TryNormalize(fact.Country);
        var digits = number.All(char.IsAsciiDigit);
        if (country == "ru" && prop == "taxNumber" && digits)
            prop = "innCode";
        else if (country == "ru" && prop == "registrationNumber" && digits && number.Length is 13 or 15)
            prop = "ogrnCode";
        if (country == "by" && prop == "registrationNumber" && digits && number.Length == 9)
            listed.Add("taxNumber", number);
        listed.Add(prop, number, fact.Label);
        if (fact.Country is not null && country is null)
            listed.Note($"{fact.Label} {number} ({fact.Country})");
        if (document == "none" || !listed.Schema.IsA("LegalEntity"))
            return;
        var passport = document == "passport";
        var id = new RecordBuilder($"{listed.Id}-id-{OfacMapper.Key(fact.Label, number, fact.Country)}",
            passport ? "Passport" : "Identification", listed.Record.File, listed.Record.Line);
        id.Add("holder", listed.Id).Add("number", number).Add("type", fact.Label).Add("country", country);
        if (passport)
            id.Add("passportNumber", number);
        AddDate(id, "startDate", fact.Issued);
        AddDate(id, "endDate", fact.Expires);
        records.Add(id.Record);
    }

    private static void AddDate(RecordBuilder id, string prop, string? text)
    {
        if (text is null)
            return;
        var dates = OfacDates.Parse(text);
        if (dates.Count == 1)
            id.Add(prop, dates[0]);
        else
            id.Add("description", $"{prop}: {text}");
    }
}
