using System.CommandLine;
using Chokepoint.Cli.Commands;

namespace Chokepoint.Cli;

/// <summary>The `chokepoint` command line: one verb per file under Commands/, each a thin call into the core.</summary>
public static class Cli
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Database: a SQLite file path (default ./var/chokepoint.db) or postgres://user:pass@host:port/db; also CHOKEPOINT_DB",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print JSON lines instead of tables",
        Recursive = true,
    };

    public static readonly Option<string?> KeyFile = new("--key-file")
    {
        Description = "Key for protected sources (default: CHOKEPOINT_KEY_FILE, else ~/.config/chokepoint/key); never beside the database",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Chokepoint: screen names against sanctions lists, turn documents into evidence, map the Belarusian military-industrial network.");
        root.Options.Add(Db);
        root.Options.Add(Json);
        root.Options.Add(KeyFile);
        root.Subcommands.Add(InitCommand.Build());
        root.Subcommands.Add(ImportCommand.Build());
        root.Subcommands.Add(DatasetsCommand.Build());
        root.Subcommands.Add(EntitiesCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        root.Subcommands.Add(StatsCommand.Build());
        root.Subcommands.Add(ChangesCommand.Build());
        root.Subcommands.Add(DiffCommand.Build());
        root.Subcommands.Add(SourcesCommand.Build());
        root.Subcommands.Add(CoverageCommand.Build());
        root.Subcommands.Add(GapsCommand.Build());
        root.Subcommands.Add(OwnershipCommand.Build());
        root.Subcommands.Add(BlockedByOwnershipCommand.Build());
        root.Subcommands.Add(PathsCommand.Build());
        root.Subcommands.Add(ChokepointsCommand.Build());
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(DbCommand.Build());
        root.Subcommands.Add(MatchCommand.Build());
        root.Subcommands.Add(ScreenCommand.Build());
        root.Subcommands.Add(IngestCommand.Build());
        root.Subcommands.Add(ExtractCommand.Build());
        root.Subcommands.Add(ReviewCommand.Build());
        root.Subcommands.Add(EvalCommand.Build());
        root.Subcommands.Add(UsersCommand.Build());
        root.Subcommands.Add(KeysCommand.Build());
        root.Subcommands.Add(AuditCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var config = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        return await Build().Parse(args).InvokeAsync(config);
    }
}
