using Chokepoint.Importing;

namespace Chokepoint.Sources.Csv;

/// <summary>Column positions by header name (case-insensitive), so files that reorder or rename columns still read.</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(CsvRow row)
    {
        Row = row;
        for (var i = 0; i < row.Fields.Length; i++)
            _columns.TryAdd(row.Fields[i].Trim().TrimStart('\uFEFF'), i);
    }

    public CsvRow Row { get; }

    /// <summary>The first of the names present, or -1.</summary>
    public int Index(params string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var index))
                return index;
        }
        return -1;
    }

    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>Fails with the file and line when a required column is missing.</summary>
    public void Require(string file, params string[] names)
    {
        foreach (var name in names)
        {
            if (!Has(name))
                throw new ImportException(file, Row.Line, name, $"column '{name}' is missing from the header");
        }
    }
}
