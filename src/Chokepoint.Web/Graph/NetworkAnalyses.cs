using System.Globalization;
using Chokepoint.Coverage;
using Chokepoint.Graph;
using Chokepoint.Graph.Chokepoints;
using Chokepoint.Graph.Ownership;
using Chokepoint.Graph.Paths;
using Chokepoint.Storage;
using Chokepoint.Web.Matching;

namespace Chokepoint.Web.Graph;

/// <summary>
/// The network analyses behind the API and the pages: checks query parameters (<see cref="ParameterException"/> names
/// the one at fault), then calls the core on the cached network.
/// </summary>
public sealed class NetworkAnalyses(IStore store, NetworkCache cache, MatchService matches)
{
    public const int MaxHops = 8;
    public const int MaxPaths = 25;
    public const int MaxTop = 200;
    public const int MaxBlocked = 1000;

    public Task<Network> NetworkAsync(string? dataset, CancellationToken cancellationToken) =>
        cache.GetAsync("network:" + dataset, c => NetworkLoader.LoadAsync(store.View, dataset, null, c), cancellationToken);

    public async Task<CoverageMatrix> CoverageAsync(string? dataset, string? topic, string? authority, string? matcher, CancellationToken cancellationToken)
    {
        var (analysis, key) = await CoverageAnalysisAsync(dataset, topic, matcher, cancellationToken);
        var matrix = await cache.GetAsync("matrix:" + key, _ => Task.FromResult(analysis.Matrix()), cancellationToken);
        if (Blank(authority) is not { } wanted)
            return matrix;
        if (matrix.Column(wanted) is null)
            throw ParameterException.Invalid("authority", $"authority '{wanted}' is not a coverage column; columns: {string.Join(", ", matrix.Authorities)}");
        return matrix.ForAuthority(wanted);
    }

    public async Task<GapReport> GapsAsync(string? dataset, string? topic, string? matcher, CancellationToken cancellationToken)
    {
        var (analysis, key) = await CoverageAnalysisAsync(dataset, topic, matcher, cancellationToken);
        return await cache.GetAsync("gaps:" + key, c => GapAnalysis.RunAsync(analysis, store.View, c), cancellationToken);
    }

    public async Task<OwnershipAnalysis> OwnershipAsync(string? authority, CancellationToken cancellationToken)
    {
        var network = await NetworkAsync(null, cancellationToken);
        var wanted = Blank(authority);
        if (wanted is not null && !network.Sanctions.Any(s => Authorities.Default.Matches(s, wanted)))
        {
            var loaded = network.Sanctions.Select(Authorities.Default.Resolve).Distinct().OrderBy(Authorities.Default.Order).ThenBy(a => a, StringComparer.Ordinal).Take(20);
            throw ParameterException.Invalid("authority", $"no Sanction in the store is of authority '{wanted}'; loaded: {string.Join(", ", loaded)}");
        }
        return await cache.GetAsync("ownership:" + wanted?.ToUpperInvariant(), _ => Task.FromResult(OwnershipAnalysis.Run(network, wanted)), cancellationToken);
    }

    public async Task<OwnershipReport> ExplainOwnershipAsync(string id, string? authority, CancellationToken cancellationToken)
    {
        var analysis = await OwnershipAsync(authority, cancellationToken);
        if (analysis.Network.Graph.Find(id) is not { } node)
            throw ParameterException.Missing("id", $"no entity '{id}' in the network (Sanctions and relations are not entities of the network)");
        return analysis.Explain(node);
    }

    public async Task<BlockedPage> BlockedAsync(string? authority, string? limit, string? offset, CancellationToken cancellationToken)
    {
        var take = Int(limit, "limit", 100, 1, MaxBlocked);
        var skip = Int(offset, "offset", 0, 0, int.MaxValue);
        var analysis = await OwnershipAsync(authority, cancellationToken);
        return new BlockedPage(Blank(authority), analysis.Result.Count(BlockedStatus.Owned), skip, [.. analysis.BlockedByOwnership().Skip(skip).Take(take)]);
    }

    public async Task<(PathReport Report, NetworkGraph Graph)> PathsAsync(string? from, string? to, string? maxHops, string? k, CancellationToken cancellationToken)
    {
        var start = Blank(from) ?? throw ParameterException.Invalid("from", "give from: the entity id where paths start");
        var end = Blank(to) ?? throw ParameterException.Invalid("to", "give to: the entity id where paths end");
        if (start == end)
            throw ParameterException.Invalid("to", "from and to are the same entity");
        var hops = Int(maxHops, "max_hops", 4, 1, MaxHops);
        var count = Int(k, "k", 5, 1, MaxPaths);
        var graph = (await NetworkAsync(null, cancellationToken)).Graph;
        if (graph.Find(start) is null)
            throw ParameterException.Missing("from", $"from: no entity '{start}' in the network");
        if (graph.Find(end) is null)
            throw ParameterException.Missing("to", $"to: no entity '{end}' in the network");
        return (await PathFinder.FindAsync(store.View, graph, start, end, count, hops, cancellationToken), graph);
    }

    public async Task<(ChokepointReport Report, NetworkGraph Graph)> ChokepointsAsync(string? dataset, string? remove, string? top, CancellationToken cancellationToken)
    {
        var name = await DatasetAsync(dataset, cancellationToken);
        var count = Int(top, "top", 20, 1, MaxTop);
        var graph = (await NetworkAsync(name, cancellationToken)).Graph;
        var removed = Blank(remove);
        if (removed is not null && graph.Find(removed) is null)
            throw ParameterException.Missing("remove", $"remove: no entity '{removed}' in the network{(name is null ? "" : $" of dataset '{name}'")}");
        var report = await cache.GetAsync($"chokepoints:{name}\t{removed}\t{count}",
            _ => Task.FromResult(ChokepointAnalysis.Run(graph, name, removed, top: count)), cancellationToken);
        return (report, graph);
    }

    private async Task<(CoverageAnalysis Analysis, string Key)> CoverageAnalysisAsync(string? dataset, string? topic, string? matcher, CancellationToken cancellationToken)
    {
        var name = await DatasetAsync(dataset, cancellationToken);
        var wanted = Blank(topic);
        if (name is null && wanted is null)
            throw ParameterException.Invalid("dataset", "give dataset (e.g. belarus-dib) or topic (e.g. mil)");
        var choice = Blank(matcher) ?? "engine";
        if (choice is not ("name-key" or "engine"))
            throw ParameterException.Invalid("matcher", $"matcher must be name-key or engine, not '{choice}'");
        var key = $"{name}\t{wanted}\t{choice}";
        var analysis = await cache.GetAsync("coverage:" + key, async c => await CoverageAnalysis.LoadAsync(store.View, new CoverageScope(name, wanted),
            choice == "engine" ? EngineCrossListMatcher.Over(await matches.GetAsync(c)) : null, c), cancellationToken);
        return (analysis, key);
    }

    /// <summary>The dataset named, or null when none is; 404 when no such dataset is loaded.</summary>
    private async Task<string?> DatasetAsync(string? dataset, CancellationToken cancellationToken)
    {
        if (Blank(dataset) is not { } name)
            return null;
        return await store.View.GetDatasetAsync(name, cancellationToken) is null
            ? throw ParameterException.Missing("dataset", $"no dataset '{name}'")
            : name;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Int(string? value, string parameter, int fallback, int min, int max)
    {
        if (Blank(value) is not { } text)
            return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            throw ParameterException.Invalid(parameter, $"{parameter} must be a whole number {(max == int.MaxValue ? $"of at least {min}" : $"from {min} to {max}")}, not '{text}'");
        return number;
    }
}
