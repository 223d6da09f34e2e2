using System.Xml.Linq;
using Chokepoint.Importing;
using static Chokepoint.Sources.Eu.EuFsfReader;

namespace Chokepoint.Sources.Eu;

/// <summary>Maps one <c>sanctionEntity</c>: names (strong → alias, weak → weakAlias), birth, citizenship, identifications, addresses, sanctions.</summary>
internal static class EuFsfEntity
{
    public const string Authority = "European Union";

    public static IEnumerable<ReadItem> Map(XElement element, string file, int? line)
    {
        if (Attr(element, "logicalId") is not { } logicalId)
        {
            yield return ReadItem.Bad(new ImportIssue(file, line, "logicalId", "sanctionEntity has no logicalId"));
            yield break;
        }
        var id = $"eu-fsf-{logicalId}";
        var subject = Children(element, "subjectType").FirstOrDefault();
        var isPerson = subject is not null && Attr(subject, "code") == "person";
        var entity = new EntityRecord { Id = id, Schema = isPerson ? "Person" : "Organization", File = file, Line = line };
        entity.Add("topics", "sanction");
        var derived = new List<EntityRecord>();
        AddNames(entity, element, isPerson);
        foreach (var remark in Children(element, "remark"))
            entity.Add("notes", remark.Value.Trim());
        foreach (var citizenship in Children(element, "citizenship"))
            ListValues.AddCountry(entity, isPerson ? "citizenship" : "country", Attr(citizenship, "countryIso2Code"));
        if (isPerson)
            AddBirth(entity, element);
        foreach (var identification in Children(element, "identification"))
            derived.Add(EuFsfDetails.Identification(entity, identification, isPerson));
        foreach (var address in Children(element, "address"))
            derived.Add(EuFsfDetails.Address(entity, address));
        derived.AddRange(Sanctions(id, element, file, line));
        yield return ReadItem.Of(entity);
        foreach (var record in derived)
            yield return ReadItem.Of(record);
    }

    private static void AddNames(EntityRecord entity, XElement element, bool isPerson)
    {
        var named = false;
        foreach (var alias in Children(element, "nameAlias"))
        {
            var whole = Attr(alias, "wholeName");
            var strong = Attr(alias, "strong") != "false";
            if (whole is not null)
            {
                entity.Add(!strong ? "weakAlias" : named ? "alias" : "name", whole);
                named |= strong;
            }
            if (isPerson)
            {
                entity.Add("firstName", Attr(alias, "firstName"));
                entity.Add("middleName", Attr(alias, "middleName"));
                entity.Add("lastName", Attr(alias, "lastName"));
                entity.Add("title", Attr(alias, "title"));
                entity.Add("position", Attr(alias, "function"));
                if (Attr(alias, "gender") is "M" or "F")
                    entity.Add("gender", Attr(alias, "gender") == "M" ? "male" : "female");
            }
            foreach (var remark in Children(alias, "remark"))
                entity.Add("notes", remark.Value.Trim());
        }
    }

    private static void AddBirth(EntityRecord entity, XElement element)
    {
        foreach (var birth in Children(element, "birthdate"))
        {
            var date = Attr(birth, "birthdate") ?? Attr(birth, "year");
            if (Attr(birth, "circa") == "true" && Attr(birth, "year") is { } year)
                date = year;
            entity.Add("birthDate", ListValues.DayFirstDate(date));
            var place = string.Join(", ", new[] { Attr(birth, "place"), Attr(birth, "city"), Attr(birth, "region") }.Where(p => p is not null));
            entity.Add("birthPlace", place);
            ListValues.AddCountry(entity, "birthCountry", Attr(birth, "countryIso2Code"));
        }
    }

    private static IEnumerable<EntityRecord> Sanctions(string id, XElement element, string file, int? line)
    {
        var designated = Attr(element, "designationDate");
        var regulations = Children(element, "regulation").ToList();
        var programmes = regulations.Select(r => Attr(r, "programme")).Distinct().DefaultIfEmpty(null);
        foreach (var programme in programmes)
        {
            var url = regulations.Where(r => Attr(r, "programme") == programme)
                .Select(r => r.Element(XName.Get("publicationUrl", EuFsfFormat.Namespace))?.Value.Trim())
                .FirstOrDefault(u => !string.IsNullOrEmpty(u));
            var sanction = ListSanction.Create(id, file, line, Authority, programme, designated, url, Attr(element, "designationDetails"));
            sanction.Add("authorityId", Attr(element, "euReferenceNumber"));
            sanction.Add("unscId", Attr(element, "unitedNationId"));
            foreach (var regulation in regulations.Where(r => Attr(r, "programme") == programme))
                sanction.Add("provisions", Attr(regulation, "numberTitle"));
            yield return sanction;
        }
    }
}
