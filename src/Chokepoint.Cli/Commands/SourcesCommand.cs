using System.CommandLine;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint sources update|reveal</c>: official list updates and protected sources.</summary>
public static class SourcesCommand
{
    public static Command Build() =>
        new("sources", "Sources that statements cite: list updates and protected sources") { SourcesUpdateCommand.Build(), SourcesRevealCommand.Build() };
}
