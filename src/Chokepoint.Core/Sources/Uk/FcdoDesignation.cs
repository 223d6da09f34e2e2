using System.Xml.Linq;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Uk;

/// <summary>Maps one FCDO <c>Designation</c> to its entity, addresses and sanction.</summary>
internal static class FcdoDesignation
{
    public static IEnumerable<ReadItem> Map(XElement d, string file, int? line)
    {
        var uniqueId = Text(d, "UniqueID");
        var key = Text(d, "OFSIGroupID") ?? uniqueId;
        if (key is null)
        {
            yield return ReadItem.Bad(new ImportIssue(file, line, "UniqueID", "Designation has neither OFSIGroupID nor UniqueID"));
            yield break;
        }
        var kind = Text(d, "IndividualEntityShip")?.ToLowerInvariant();
        var schema = kind switch { "individual" => "Person", "ship" => "Vessel", _ => "Organization" };
        var entity = new EntityRecord { Id = $"gb-hmt-{key}", Schema = schema, File = file, Line = line };
        entity.Add("topics", "sanction");
        foreach (var name in All(d, "Name"))
        {
            var parts = Enumerable.Range(1, 6).Select(i => Text(name, $"Name{i}") ?? "").ToArray();
            var full = string.Join(' ', parts.Where(p => p.Length > 0));
            var type = Text(name, "NameType")?.ToLowerInvariant() ?? "";
            var prop = type.StartsWith("primary", StringComparison.Ordinal) ? "name" : OfsiNames.Prop("aka", Text(name, "AliasStrength") ?? "");
            entity.Add(prop, full);
            if (schema == "Person" && prop == "name")
            {
                entity.Add("firstName", parts[0]);
                entity.Add("middleName", string.Join(' ', parts[1..5].Where(p => p.Length > 0)));
                entity.Add("lastName", parts[5]);
            }
        }
        foreach (var original in All(d, "NameNonLatinScript"))
            entity.Add("alias", original.Value.Trim());
        if (!entity.Values.Any(v => v.Key == "name") && entity.Values.FindIndex(v => v.Key is "alias" or "weakAlias") is var i and >= 0)
            entity.Values[i] = new("name", entity.Values[i].Value);
        entity.Add("notes", Text(d, "OtherInformation"));
        entity.Add("modifiedAt", ListValues.DayFirstDate(Text(d, "LastUpdated")));
        FcdoDetails.Apply(entity, d);
        var derived = FcdoDetails.Addresses(entity, d).ToList();
        ListValues.Dedupe(entity);
        yield return ReadItem.Of(entity);
        foreach (var address in derived.DistinctBy(a => a.Id))
            yield return ReadItem.Of(address);
        var sanction = ListSanction.Create(entity.Id, file, line, OfsiFormat.Authority, Text(d, "RegimeName"),
            ListValues.DayFirstDate(Text(d, "DateDesignated")), reason: Text(d, "UKStatementofReasons"));
        sanction.Add("authorityId", uniqueId);
        sanction.Add("unscId", Text(d, "UNReferenceNumber") is { Length: <= 16 } un ? un : null);
        foreach (var imposed in (Text(d, "SanctionsImposed") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            sanction.Add("provisions", imposed);
        yield return ReadItem.Of(sanction);
    }

    internal static string? Text(XElement element, string name) =>
        element.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    internal static IEnumerable<XElement> All(XElement element, string name) => element.Descendants(name);
}
