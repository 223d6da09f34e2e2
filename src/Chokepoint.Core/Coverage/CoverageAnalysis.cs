using Chokepoint.Graph;
using Chokepoint.Statements;
using Chokepoint.Storage;

namespace Chokepoint.Coverage;

/// <summary>
/// Builds the coverage matrix in one pass over the store: the scope's entities, every Sanction, and a
/// cross-list matcher fed with every entity, so a listing counts whichever list's id carries it.
/// </summary>
public sealed class CoverageAnalysis
{
    /// <summary>Matches scoring below this do not carry a listing over.</summary>
    public const double MinScore = 0.85;

    private static readonly string[] Majors = ["US", "EU", "UK", "UN"];

    private CoverageAnalysis(Network network, ICrossListMatcher matcher, List<Entity> scoped, CoverageScope scope)
    {
        Network = network;
        Matcher = matcher;
        Scoped = scoped;
        Scope = scope;
    }

    public Network Network { get; }
    public ICrossListMatcher Matcher { get; }
    public IReadOnlyList<Entity> Scoped { get; }
    public CoverageScope Scope { get; }

    public static async Task<CoverageAnalysis> LoadAsync(IStoreView view, CoverageScope scope, ICrossListMatcher? matcher = null, CancellationToken cancellationToken = default)
    {
        if (scope.Dataset is { } dataset && await view.GetDatasetAsync(dataset, cancellationToken) is null)
            throw new ArgumentException($"unknown dataset '{dataset}'");
        matcher ??= new NameKeyMatcher();
        var scoped = new List<Entity>();
        var network = await NetworkLoader.LoadAsync(view, null, entity =>
        {
            matcher.Observe(entity);
            if (scope.Includes(entity))
                scoped.Add(entity);
        }, cancellationToken);
        return new CoverageAnalysis(network, matcher, scoped, scope);
    }

    public CoverageMatrix Matrix()
    {
        var loaded = Network.Sanctions.Select(Authorities.Default.Resolve).Distinct().ToList();
        var columns = Majors.Concat(loaded).Distinct()
            .OrderBy(Authorities.Default.Order).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var rows = Scoped.Select(Row)
            .OrderByDescending(r => r.Lists).ThenBy(r => r.Caption, StringComparer.OrdinalIgnoreCase).ToList();
        return new CoverageMatrix(Scope.ToString(), columns, rows) { Loaded = [.. columns.Where(loaded.Contains)] };
    }

    public CoverageRow Row(Entity entity)
    {
        var matches = Matcher.Match(entity).Where(m => m.Score >= MinScore).ToList();
        var ids = matches.Select(m => m.EntityId).Prepend(entity.Id);
        var cells = ids.SelectMany(id => Network.SanctionsByEntity[id])
            .GroupBy(Authorities.Default.Resolve)
            .OrderBy(g => Authorities.Default.Order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CoverageCell(g.Key,
                g.Select(s => s.Since).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
                [.. g.Select(s => s.Program).OfType<string>().Distinct().Order(StringComparer.Ordinal)],
                [.. g.Select(s => s.SanctionId).Distinct().Order(StringComparer.Ordinal)],
                [.. g.Select(s => s.EntityId).Distinct().Order(StringComparer.Ordinal)]))
            .ToList();
        return new CoverageRow(entity.Id, entity.Caption, entity.Schema.Name, cells, matches, entity.Get("topics").Contains("sanction"));
    }
}
