namespace Chokepoint.Model;

/// <summary>A property type (name, date, country ...) as declared in <c>Resources/types.yaml</c>.</summary>
public sealed record PropertyType(string Name, string Label, string? Group, bool Matchable, int MaxLength)
{
    public bool IsEntity => Name == "entity";

    /// <summary>Validates and cleans one raw value; returns false with a reason when the value is not of this type.</summary>
    public bool TryClean(string raw, out string cleaned, out string? error) =>
        ValueCleaner.TryClean(this, raw, out cleaned, out error);
}
