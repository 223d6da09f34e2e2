namespace Chokepoint.Coverage;

/// <summary>A sanctioning authority as a coverage column ("US", "EU" ...) and how its Sanctions are recognised.</summary>
public sealed record Authority
{
    public required string Code { get; init; }
    public string Label { get; init; } = "";
    public List<string> Datasets { get; init; } = [];
    public List<string> IdPrefixes { get; init; } = [];
    public List<string> Authorities { get; init; } = [];
    public List<string> Countries { get; init; } = [];
}
