using Chokepoint.Statements;

namespace Chokepoint.Coverage;

/// <summary>
/// Which entities a coverage matrix covers: the parties and vehicles (what sanctions name) of a dataset,
/// of those carrying a topic, or both.
/// </summary>
public sealed record CoverageScope(string? Dataset, string? Topic)
{
    public bool Includes(Entity entity) =>
        (entity.Schema.IsA("LegalEntity") || entity.Schema.IsA("Vehicle"))
        && (Dataset is null || entity.Datasets.Contains(Dataset))
        && (Topic is null || entity.Get("topics").Contains(Topic));

    public override string ToString() =>
        string.Join(", ", new[] { Dataset is null ? null : $"dataset {Dataset}", Topic is null ? null : $"topic {Topic}" }.OfType<string>());
}
