using System.CommandLine;
using Chokepoint.Storage;

namespace Chokepoint.Cli.Commands;

/// <summary><c>chokepoint db migrate</c> and <c>chokepoint db copy --from LOCATION --to LOCATION</c>.</summary>
public static class DbCommand
{
    public static Command Build() => new("db", "Manage the database: migrations, copying between SQLite and PostgreSQL") { Migrate(), Copy() };

    private static Command Migrate()
    {
        var command = new Command("migrate", "Apply pending migrations to the database (--db or CHOKEPOINT_DB)");
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            await using var store = StoreFactory.Create(context.DbLocation);
            var applied = await store.MigrateAsync(cancellationToken);
            var database = StoreFactory.Describe(context.DbLocation);
            return context.Show(new { database, applied }, _ => context.Out.WriteLine(applied.Count == 0 ? $"{database} is up to date" : $"applied {string.Join(", ", applied)} to {database}"));
        }));
        return command;
    }

    private static Command Copy()
    {
        var from = new Option<string>("--from") { Description = "Database to copy: sqlite:PATH (or a file path) or postgres://user:pass@host:port/db", Required = true };
        var to = new Option<string>("--to") { Description = "Empty database to copy into; migrated first", Required = true };
        var command = new Command("copy", "Copy every dataset, source, release and statement (with its history) into an empty database, in one transaction") { from, to };
        command.SetAction(CommandContext.Action(async (context, cancellationToken) =>
        {
            var source = context.Parse.GetValue(from)!;
            var target = context.Parse.GetValue(to)!;
            if (StoreFactory.SqlitePathOf(source) is { } path && !File.Exists(path))
                throw new FileNotFoundException($"no SQLite database at {path}");
            await using var fromStore = await StoreFactory.OpenAsync(source, cancellationToken);
            await using var toStore = await StoreFactory.OpenAsync(target, cancellationToken);
            var described = StoreFactory.Describe(target);
            var result = await ProgressDisplay.RunAsync(context, $"copy to {described}",
                progress => StoreCopy.RunAsync(fromStore, toStore, progress, cancellationToken),
                p => $"{p.Statements:N0} of {p.TotalBytes:N0} statements");
            return context.Show(new { from = StoreFactory.Describe(source), to = described, datasets = result.Datasets, releases = result.Releases, sources = result.Sources, statements = result.Statements, release_gaps = result.ReleaseGaps, other_rows = result.OtherRows }, _ => context.Out.WriteLine($"copied {result.Datasets:N0} datasets, {result.Releases:N0} releases, {result.Sources:N0} sources, {result.Statements:N0} statements and {result.OtherRows:N0} rows of accounts, audit log, judgements and review queue to {described}"));
        }));
        return command;
    }
}
