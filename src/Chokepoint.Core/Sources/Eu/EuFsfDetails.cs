using System.Xml.Linq;
using Chokepoint.Importing;
using static Chokepoint.Sources.Eu.EuFsfReader;

namespace Chokepoint.Sources.Eu;

/// <summary>The entities an EU listing derives: identification documents and addresses.</summary>
internal static class EuFsfDetails
{
    public static EntityRecord Identification(EntityRecord holder, XElement element, bool isPerson)
    {
        var type = Attr(element, "identificationTypeCode");
        var number = Attr(element, "number") ?? Attr(element, "latinNumber");
        var passport = type == "passport" && isPerson;
        var record = new EntityRecord
        {
            Id = $"{holder.Id}-id-{Attr(element, "logicalId") ?? ListValues.Hash(type, number)}",
            Schema = passport ? "Passport" : "Identification",
            File = holder.File,
            Line = holder.Line,
        };
        record.Add("holder", holder.Id);
        record.Add("number", number);
        record.Add("type", Attr(element, "identificationTypeDescription") ?? type);
        record.Add("authority", Attr(element, "issuedBy"));
        ListValues.AddCountry(record, "country", Attr(element, "countryIso2Code"));
        var remarks = element.Elements(XName.Get("remark", EuFsfFormat.Namespace)).Select(r => r.Value.Trim());
        record.Add("summary", string.Join("; ", remarks));
        var holderProp = type switch
        {
            "passport" when isPerson => "passportNumber",
            "tax" or "fiscalcode" => "taxNumber",
            "regnumber" => "registrationNumber",
            _ => "idNumber",
        };
        holder.Add(holderProp, number);
        return record;
    }

    public static EntityRecord Address(EntityRecord owner, XElement element)
    {
        var record = new EntityRecord
        {
            Id = $"{owner.Id}-addr-{Attr(element, "logicalId") ?? ListValues.Hash(element.ToString())}",
            Schema = "Address",
            File = owner.File,
            Line = owner.Line,
        };
        var parts = new[] { Attr(element, "street"), Attr(element, "poBox"), Attr(element, "place"), Attr(element, "zipCode"), Attr(element, "city"), Attr(element, "region") }
            .Where(p => p is not null).ToList();
        var country = Attr(element, "countryDescription") is { } description && description != "UNKNOWN" ? description : null;
        var full = string.Join(", ", parts.Append(country).Where(p => p is not null));
        record.Add("full", full.Length > 0 ? full : null);
        record.Add("street", Attr(element, "street"));
        record.Add("postOfficeBox", Attr(element, "poBox"));
        record.Add("postalCode", Attr(element, "zipCode"));
        record.Add("city", Attr(element, "city"));
        record.Add("region", Attr(element, "region"));
        ListValues.AddCountry(record, "country", Attr(element, "countryIso2Code"));
        foreach (var remark in element.Elements(XName.Get("remark", EuFsfFormat.Namespace)))
            record.Add("remarks", remark.Value.Trim());
        if (record.Values.Count == 0)
            record.Add("full", Attr(element, "countryDescription") ?? "unknown");
        owner.Add("addressEntity", record.Id);
        owner.Add("address", full.Length > 0 ? full : null);
        return record;
    }
}
