using System.Xml.Linq;
using Chokepoint.Importing;

namespace Chokepoint.Sources.Un;

/// <summary>
/// One INDIVIDUAL (→ Person) or ENTITY (→ Organization) of the UN list as entities: the listed entity
/// with its names, aliases by quality, birth data and nationality, plus its Sanction, Address and
/// Identification/Passport entities.
/// </summary>
public sealed class UnMapper(string file)
{
    public const string Authority = "United Nations Security Council";
    public const string ListUrl = "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list";

    public List<EntityRecord> Map(XElement element, long line)
    {
        var dataId = Text(element, "DATAID");
        if (dataId is null || !dataId.All(char.IsAsciiDigit))
            throw new ImportException(file, line, "DATAID", $"'{dataId}' is missing or not a number");
        var person = element.Name.LocalName == "INDIVIDUAL";
        var id = $"unsc-{dataId}";
        var listed = new RecordBuilder(id, person ? "Person" : "Organization", file, line);
        var records = new List<EntityRecord>();
        var parts = new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }.Select(n => Text(element, n)).ToArray();
        listed.Add("name", string.Join(' ', parts.OfType<string>()));
        if (person)
        {
            listed.Add("firstName", parts[0]).Add("secondName", parts[1]).Add("middleName", parts[2]).Add("middleName", parts[3]);
            listed.Add("gender", Text(element, "GENDER")?.ToLowerInvariant());
        }
        foreach (var title in Values(element, "TITLE"))
            listed.Add("title", title);
        foreach (var designation in Values(element, "DESIGNATION"))
            listed.Add("position", designation);
        foreach (var nationality in Values(element, "NATIONALITY"))
            listed.Add("nationality", nationality);
        listed.Add("alias", Text(element, "NAME_ORIGINAL_SCRIPT"));
        foreach (var alias in element.Elements().Where(e => e.Name.LocalName.EndsWith("_ALIAS", StringComparison.Ordinal)))
            AddAlias(listed, alias);
        foreach (var updated in Values(element, "LAST_DAY_UPDATED"))
            listed.Add("modifiedAt", updated);
        var comments = Text(element, "COMMENTS1");
        listed.Note(comments);
        UnDetails.AddBirth(element, listed);
        records.AddRange(UnDetails.Documents(element, listed));
        records.AddRange(UnDetails.Addresses(element, listed));
        var sanction = new RecordBuilder($"{id}-sanction", "Sanction", file, line);
        sanction.Add("entity", id).Add("authority", Authority).Add("sourceUrl", ListUrl)
            .Add("program", Text(element, "UN_LIST_TYPE"))
            .Add("unscId", Text(element, "REFERENCE_NUMBER")).Add("authorityId", Text(element, "REFERENCE_NUMBER"))
            .Add("listingDate", Text(element, "LISTED_ON")).Add("startDate", Text(element, "LISTED_ON"))
            .Add("reason", comments);
        listed.Add("program", Text(element, "UN_LIST_TYPE"));
        records.Insert(0, sanction.Record);
        records.Insert(0, listed.Record);
        return records;
    }

    private static void AddAlias(RecordBuilder listed, XElement alias)
    {
        var name = Text(alias, "ALIAS_NAME");
        if (name is null)
            return;
        var prop = Text(alias, "QUALITY")?.ToLowerInvariant() switch
        {
            "low" => "weakAlias",
            "f.k.a." => "previousName",
            _ => "alias",
        };
        listed.Add(prop, name);
    }

    /// <summary>A child's trimmed text, null when absent or blank.</summary>
    public static string? Text(XElement element, string name) =>
        element.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>The VALUE children of every child named <paramref name="name"/>.</summary>
    public static IEnumerable<string> Values(XElement element, string name) =>
        element.Elements(name).SelectMany(e => e.Elements("VALUE")).Select(v => v.Value.Trim()).Where(v => v.Length > 0);
}
