namespace Chokepoint.Sources.Ofac;

/// <summary>
/// Resolves a name from a remark ("Linked To: HIZBALLAH") to the listing of the same release with
/// exactly that primary name (case-insensitive), else exactly that alternate name; ambiguous names resolve to nothing.
/// </summary>
public sealed class OfacNameIndex
{
    private readonly Dictionary<string, string?> _primary = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _alternate = new(StringComparer.OrdinalIgnoreCase);

    public OfacNameIndex(IEnumerable<OfacEntry> entries)
    {
        foreach (var entry in entries)
        {
            var id = OfacMapper.IdOf(entry.EntNum);
            Put(_primary, entry.Name, id);
            foreach (var alt in entry.Alternates)
                Put(_alternate, alt[3], id);
        }
    }

    public string? Resolve(string name)
    {
        var key = name.Trim();
        if (_primary.TryGetValue(key, out var id))
            return id;
        return _alternate.GetValueOrDefault(key);
    }

    private static void Put(Dictionary<string, string?> index, string? name, string id)
    {
        if (name is null)
            return;
        var key = name.Trim();
        if (index.TryGetValue(key, out var existing) && existing != id)
            index[key] = null;
        else
            index[key] = id;
    }
}
