using System.CommandLine;

namespace Chokepoint.Cli.Commands;

/// <summary>Options shared by the network analysis verbs.</summary>
public static class GraphOptions
{
    public static Option<string?> Authority() => new("--authority", "-a")
    {
        Description = "Count only Sanctions of this authority (US, EU, UK, UN ..., an authority text or a dataset); the topic 'sanction' then does not count",
    };

    public static Option<string?> Dataset(string description) => new("--dataset", "-d") { Description = description };

    public static Option<string?> Topic() => new("--topic") { Description = "Only entities carrying this topic (e.g. mil, sanction)" };

    public static Option<string> Matcher()
    {
        var option = new Option<string>("--matcher")
        {
            Description = "How entities are matched across lists: engine (default: the matching engine, logic-v1 at 0.9, plus identifiers and name keys) or name-key (identifiers and normalized names only; faster)",
            DefaultValueFactory = _ => "engine",
        };
        option.AcceptOnlyFromAmong("name-key", "engine");
        return option;
    }

    /// <summary>The cross-list matcher the user chose; null means the analysis's built-in name-key matcher.</summary>
    public static async Task<Coverage.ICrossListMatcher?> MatcherAsync(string choice, Storage.IStore store, CancellationToken cancellationToken) =>
        choice == "engine" ? await Coverage.EngineCrossListMatcher.BuildAsync(store.View, cancellationToken) : null;
}
