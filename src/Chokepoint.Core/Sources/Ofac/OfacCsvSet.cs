using Chokepoint.Importing;

namespace Chokepoint.Sources.Ofac;

/// <summary>
/// The files of one OFAC CSV release: a lone primary file (sdn.csv, cons_prim.csv, possibly gzip) or
/// a folder holding primary, add, alt and comments files (each optionally <c>.gz</c>).
/// </summary>
public sealed record OfacCsvSet(string Primary, string? Addresses, string? Alternates, string? Comments)
{
    public static readonly (string Primary, string Add, string Alt, string Comments) Sdn = ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
    public static readonly (string Primary, string Add, string Alt, string Comments) Cons = ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");

    public static OfacCsvSet Find(string path, (string Primary, string Add, string Alt, string Comments) names)
    {
        if (File.Exists(path))
            return new OfacCsvSet(path, null, null, null);
        if (!Directory.Exists(path))
            throw new ImportException(path, null, null, "does not exist");
        var files = Directory.EnumerateFiles(path)
            .GroupBy(f => InputStreams.LogicalName(f).ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var primary = files.GetValueOrDefault(names.Primary)
            ?? throw new ImportException(path, null, null, $"holds no {names.Primary} (or {names.Primary}.gz)");
        return new OfacCsvSet(primary, files.GetValueOrDefault(names.Add), files.GetValueOrDefault(names.Alt), files.GetValueOrDefault(names.Comments));
    }

    public IEnumerable<string> All => new[] { Primary, Addresses, Alternates, Comments }.OfType<string>();
}
