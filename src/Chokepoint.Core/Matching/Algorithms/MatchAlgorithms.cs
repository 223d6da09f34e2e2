namespace Chokepoint.Matching.Algorithms;

/// <summary>The registered algorithms by name; <see cref="Default"/> is what the API and CLI use unless told otherwise.</summary>
public static class MatchAlgorithms
{
    public const string DefaultName = LogicV1Algorithm.Id;
    public const double DefaultThreshold = 0.7;

    private static readonly Dictionary<string, IMatchAlgorithm> ByName = new IMatchAlgorithm[]
    {
        new NameBasicAlgorithm(),
        new LogicV1Algorithm(),
    }.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<IMatchAlgorithm> All => ByName.Values;

    public static IMatchAlgorithm Default => ByName[DefaultName];

    public static IMatchAlgorithm? TryGet(string name) => ByName.GetValueOrDefault(name);
}
