namespace Chokepoint.Security;

/// <summary>What identifies a protected source: who gave it, how to reach them, the file it came as. Never exported or logged.</summary>
public sealed record ProtectedFields(string? SourceName, string? SourceContact, string? OriginalFile)
{
    internal IEnumerable<(string Field, string Value)> Values()
    {
        if (SourceName is not null)
            yield return ("source_name", SourceName);
        if (SourceContact is not null)
            yield return ("source_contact", SourceContact);
        if (OriginalFile is not null)
            yield return ("original_file", OriginalFile);
    }

    internal static ProtectedFields From(IReadOnlyDictionary<string, string> values) => new(
        values.GetValueOrDefault("source_name"), values.GetValueOrDefault("source_contact"), values.GetValueOrDefault("original_file"));
}
