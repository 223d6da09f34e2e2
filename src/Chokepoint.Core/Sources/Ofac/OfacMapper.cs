using System.Security.Cryptography;
using System.Text;
using Chokepoint.Importing;
using Chokepoint.Model;

namespace Chokepoint.Sources.Ofac;

/// <summary>
/// Turns one OFAC listing into entities: the listed Person/Organization/Vessel/Airplane, its Sanction,
/// Address, Identification/Passport and UnknownLink ("Linked To") entities.
/// </summary>
public sealed class OfacMapper(Func<string, string?> resolveName)
{
    public const string Authority = "Office of Foreign Assets Control";

    public static string IdOf(string entNum) => $"ofac-{entNum}";

    public List<EntityRecord> Map(OfacEntry entry)
    {
        var row = entry.Row;
        var id = IdOf(entry.EntNum);
        var listed = new RecordBuilder(id, entry.Schema, row.File, row.Line);
        var records = new List<EntityRecord>();
        listed.Add("name", entry.Name);
        if (entry.Schema == "Person")
        {
            OfacNames.AddPersonParts(listed, entry.Name);
            listed.Add("position", row[4]);
        }
        else
        {
            listed.Note(row[4] is { } title ? $"Title: {title}" : null);
        }
        foreach (var program in entry.Programs)
            listed.Add("program", program);
        listed.Add("callSign", row[5], "Call sign");
        listed.Add("type", row[6], "Vessel type");
        listed.Add("tonnage", row[7], "Tonnage");
        listed.Add("grossRegisteredTonnage", row[8], "GRT");
        listed.Add("flag", row[9], "Vessel flag");
        AddResolved(listed, "owner", row[10], "Vessel owner");
        foreach (var alt in entry.Alternates)
            listed.Add(alt[2]?.Trim().ToLowerInvariant() == "fka" ? "previousName" : "alias", alt[3]);
        foreach (var address in entry.Addresses)
        {
            if (OfacAddresses.Map(address, listed) is { } addressRecord)
                records.Add(addressRecord);
        }
        var sanction = new RecordBuilder($"{id}-sanction", "Sanction", row.File, row.Line);
        sanction.Add("entity", id).Add("authority", Authority).Add("country", "us").Add("sourceUrl", $"https://sanctionssearch.ofac.treas.gov/Details.aspx?id={entry.EntNum}");
        foreach (var program in entry.Programs)
            sanction.Add("program", program);
        foreach (var fact in OfacRemarkParser.Parse(entry.Remarks))
            Apply(fact, listed, sanction, records);
        records.Insert(0, sanction.Record);
        records.Insert(0, listed.Record);
        return records;
    }

    private void Apply(OfacRemark fact, RecordBuilder listed, RecordBuilder sanction, List<EntityRecord> records)
    {
        switch (fact.Kind)
        {
            case "linkedTo":
                if (Resolve(fact.Value) is { } target && target != listed.Id)
                {
                    var link = new RecordBuilder($"{listed.Id}-link-{target}", "UnknownLink", listed.Record.File, listed.Record.Line);
                    records.Add(link.Add("subject", listed.Id).Add("object", target).Add("role", "Linked To").Record);
                }
                else
                {
                    listed.Note($"Linked To: {fact.Value}");
                }
                break;
            case "operator":
                AddResolved(listed, "operator", fact.Value, "Aircraft Operator");
                break;
            case "provisions":
                sanction.Add("provisions", fact.Value);
                break;
            case "notes":
                listed.Note(fact.Value);
                break;
            case "identifier":
                OfacIdentifiers.Apply(fact, listed, records);
                break;
            default:
                listed.Add(fact.Kind, fact.Value);
                break;
        }
    }

    private string? Resolve(string name) => resolveName(name) ?? resolveName(name + ".");

    private void AddResolved(RecordBuilder listed, string prop, string? name, string label)
    {
        if (string.IsNullOrWhiteSpace(name))
            return;
        if (listed.Has(prop) && Resolve(name) is { } target)
            listed.Add(prop, target);
        else
            listed.Note($"{label}: {name}");
    }

    /// <summary>A short stable key for a derived entity's id, from the values that identify it.</summary>
    public static string Key(params string?[] parts)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
