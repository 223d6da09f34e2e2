using Chokepoint.Importing;

namespace Chokepoint.Sources.Ofac;

/// <summary>Reads the files of an OFAC CSV set and joins addresses, alternate names and remark continuations to their listing.</summary>
public static class OfacCsvLoader
{
    public static async Task<List<OfacEntry>> LoadAsync(OfacCsvSet set, long maxBytes, CancellationToken cancellationToken)
    {
        var entries = new List<OfacEntry>();
        var byNumber = new Dictionary<string, OfacEntry>(StringComparer.Ordinal);
        foreach (var row in await OfacCsvReader.ReadAsync(set.Primary, 12, maxBytes, cancellationToken))
        {
            if (row[0] is not { } number || !number.All(char.IsAsciiDigit))
                throw new ImportException(row.File, row.Line, "ent_num", $"'{row[0]}' is not an OFAC entry number");
            if (row[1] is null)
                throw new ImportException(row.File, row.Line, "SDN_Name", "is missing");
            var entry = new OfacEntry { Row = row, Remarks = row[11] };
            if (!byNumber.TryAdd(number, entry))
                throw new ImportException(row.File, row.Line, "ent_num", $"{number} is listed twice");
            entries.Add(entry);
        }
        await JoinAsync(set.Addresses, 6, maxBytes, byNumber, (e, r) => e.Addresses.Add(r), cancellationToken);
        await JoinAsync(set.Alternates, 5, maxBytes, byNumber, (e, r) => e.Alternates.Add(r), cancellationToken);
        await JoinAsync(set.Comments, 2, maxBytes, byNumber, (e, r) => e.Remarks += r[1], cancellationToken);
        return entries;
    }

    private static async Task JoinAsync(string? path, int columns, long maxBytes, Dictionary<string, OfacEntry> byNumber, Action<OfacEntry, OfacRow> join, CancellationToken cancellationToken)
    {
        if (path is null)
            return;
        foreach (var row in await OfacCsvReader.ReadAsync(path, columns, maxBytes, cancellationToken))
        {
            if (row[0] is not { } number || !byNumber.TryGetValue(number, out var entry))
                throw new ImportException(row.File, row.Line, "ent_num", $"'{row[0]}' is not an entry of the primary file");
            join(entry, row);
        }
    }
}
