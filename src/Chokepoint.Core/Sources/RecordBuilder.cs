using Chokepoint.Importing;
using Chokepoint.Model;

namespace Chokepoint.Sources;

/// <summary>
/// Builds an <see cref="EntityRecord"/> for a list importer: a value its schema has no property for,
/// or that does not clean for the property's type (an unknown country, a free-text date), is kept
/// as a <c>notes</c> value ("birthDate: circa early 1960s") instead of failing the whole release.
/// Repeated values are added once.
/// </summary>
public sealed class RecordBuilder
{
    private readonly HashSet<(string, string)> _seen = [];

    public RecordBuilder(string id, string schema, string file, long? line, SchemaModel? model = null)
    {
        Schema = (model ?? SchemaModel.Default).Get(schema);
        Record = new EntityRecord { Id = id, Schema = schema, File = file, Line = line };
    }

    public Schema Schema { get; }

    public EntityRecord Record { get; }

    public string Id => Record.Id;

    public bool Has(string prop) => Schema.GetProperty(prop) is { Stub: false };

    /// <summary>Adds the value under <paramref name="prop"/>, or as a note when it does not fit.</summary>
    public RecordBuilder Add(string prop, string? value, string? noteLabel = null)
    {
        if (string.IsNullOrWhiteSpace(value))
            return this;
        value = value.Trim();
        if (Schema.GetProperty(prop) is { Stub: false } property && property.Type.TryClean(value, out _, out _))
            Put(prop, value);
        else
            Note($"{noteLabel ?? prop}: {value}");
        return this;
    }

    public RecordBuilder Note(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && Schema.GetProperty("notes") is not null)
            Put("notes", text.Trim());
        return this;
    }

    private void Put(string prop, string value)
    {
        if (_seen.Add((prop, value)))
            Record.Values.Add(new(prop, value));
    }
}
