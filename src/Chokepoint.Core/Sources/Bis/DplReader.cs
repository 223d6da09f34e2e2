using Chokepoint.Importing;
using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Bis;

/// <summary>Groups DPL rows into persons (same normalised name and address) with one Sanction per order.</summary>
public static class DplReader
{
    public static IEnumerable<ReadItem> Read(CsvHeader header, IEnumerable<CsvRow> rows, string file)
    {
        int Col(string name) => header.Index(name);
        var width = header.Row.Fields.Length;
        var persons = new Dictionary<string, (EntityRecord Entity, List<EntityRecord> Derived)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Fields.Length != width)
            {
                yield return ReadItem.Bad(new ImportIssue(file, row.Line, null, $"has {row.Fields.Length} fields where the header has {width}"));
                continue;
            }
            var name = row.Get(Col("Name"));
            if (name.Length == 0)
            {
                yield return ReadItem.Bad(new ImportIssue(file, row.Line, "Name", "is empty"));
                continue;
            }
            var parts = new[] { "Street_Address", "City", "State", "Postal_Code", "Country" }.Select(n => row.Get(Col(n))).ToArray();
            var id = $"us-bis-dpl-{ListValues.Hash([name, .. parts])}";
            if (!persons.TryGetValue(id, out var person))
            {
                var entity = new EntityRecord { Id = id, Schema = "LegalEntity", File = file, Line = row.Line };
                entity.Add("name", name);
                entity.Add("topics", "sanction");
                var derived = new List<EntityRecord>();
                var full = string.Join(", ", parts.Where(p => p.Length > 0));
                if (full.Length > 0)
                {
                    var address = new EntityRecord { Id = $"{id}-addr", Schema = "Address", File = file, Line = row.Line };
                    address.Add("full", full);
                    address.Add("street", parts[0]);
                    address.Add("city", parts[1]);
                    address.Add("state", parts[2]);
                    address.Add("postalCode", parts[3].Length <= 16 ? parts[3] : null);
                    ListValues.AddCountry(address, "country", parts[4]);
                    ListValues.AddCountry(entity, "country", parts[4]);
                    entity.Add("addressEntity", address.Id);
                    entity.Add("address", full);
                    derived.Add(address);
                }
                persons[id] = person = (entity, derived);
            }
            var sanction = ListSanction.Create(id, file, row.Line, DplFormat.Authority, "Denied Persons List",
                ListValues.MonthFirstDate(row.Get(Col("Effective_Date"))), key: $"{row.Get(Col("Effective_Date"))} {row.Get(Col("FR_Citation"))}");
            sanction.Add("endDate", ListValues.MonthFirstDate(row.Get(Col("Expiration_Date"))));
            sanction.Add("summary", row.Get(Col("FR_Citation")));
            sanction.Add("status", row.Get(Col("Action")));
            sanction.Add("modifiedAt", ListValues.MonthFirstDate(row.Get(Col("Last_Update"))));
            if (row.Get(Col("Standard_Order")) is { Length: > 0 } order)
                sanction.Add("provisions", $"Standard order: {order}");
            person.Derived.Add(sanction);
        }
        foreach (var (entity, derived) in persons.Values)
        {
            yield return ReadItem.Of(entity);
            foreach (var record in derived.DistinctBy(r => r.Id))
                yield return ReadItem.Of(record);
        }
    }
}
