using Chokepoint.Importing;

namespace Chokepoint.Sources;

/// <summary>The <c>Sanction</c> entity every listing becomes, linked to the listed entity.</summary>
public static class ListSanction
{
    public static EntityRecord Create(
        string entityId, string file, long? line, string authority, string? program,
        string? listingDate = null, string? sourceUrl = null, string? reason = null, string? key = null)
    {
        var record = new EntityRecord
        {
            Id = $"{entityId}-sanction-{ListValues.Hash(authority, program, key)}",
            Schema = "Sanction",
            File = file,
            Line = line,
        };
        record.Add("entity", entityId);
        record.Add("authority", authority);
        record.Add("program", program);
        record.Add("listingDate", listingDate);
        record.Add("startDate", listingDate);
        record.Add("sourceUrl", sourceUrl);
        record.Add("reason", reason);
        return record;
    }
}
