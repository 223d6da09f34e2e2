using System.CommandLine;
using Chokepoint.Coverage;
using Chokepoint.Storage;

namespace Chokepoint.Cli.Commands;

/// <summary>The scope and matcher options of the coverage verbs (<c>coverage</c>, <c>gaps</c>), and the analysis they choose.</summary>
public sealed class CoverageOptions
{
    private readonly Option<string?> _dataset = GraphOptions.Dataset("Entities of this dataset (e.g. belarus-dib)");
    private readonly Option<string?> _topic = GraphOptions.Topic();
    private readonly Option<string> _matcher = GraphOptions.Matcher();

    public IEnumerable<Option> All => [_dataset, _topic, _matcher];

    public async Task<CoverageAnalysis> LoadAsync(CommandContext context, IStore store, CancellationToken cancellationToken)
    {
        var scope = new CoverageScope(context.Parse.GetValue(_dataset), context.Parse.GetValue(_topic));
        if (scope.Dataset is null && scope.Topic is null)
            throw new ArgumentException("give --dataset or --topic");
        var matcher = await GraphOptions.MatcherAsync(context.Parse.GetValue(_matcher)!, store, cancellationToken);
        return await CoverageAnalysis.LoadAsync(store.View, scope, matcher, cancellationToken);
    }
}
