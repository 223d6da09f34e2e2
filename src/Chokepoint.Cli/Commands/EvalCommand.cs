using System.CommandLine;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint eval pairs|extraction</c>: score an algorithm against labelled cases.</summary>
public static class EvalCommand
{
    public static Command Build() =>
        new("eval", "Evaluate an algorithm against gold cases") { EvalPairsCommand.Build(), EvalExtractionCommand.Build() };
}
