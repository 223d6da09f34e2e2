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
}
