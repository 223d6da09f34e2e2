using Chokepoint.Importing;

namespace Chokepoint.Storage;

/// <summary>Moves a whole database into an empty store: every dataset, release, source, statement (with its release range), release gap and row of the tables beside them as stored, in one transaction.</summary>
public static class StoreCopy
{
    private const int ProgressEvery = 5000;

    /// <summary>What was copied; <c>OtherRows</c> counts rows of the tables beside the statements (accounts, audit log, ...).</summary>
    public sealed record Result(int Datasets, int Releases, int Sources, long Statements, long ReleaseGaps, long OtherRows);

    public static async Task<Result> RunAsync(IStore from, IStore to, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var existing = await to.View.ListDatasetsAsync(cancellationToken);
        if (existing.Count > 0)
            throw new InvalidDataException($"the target already holds {existing.Count} datasets ({string.Join(", ", existing.Take(5).Select(d => d.Name))}); copy needs an empty database");
        var total = await from.Archive.CountStatementsAsync(cancellationToken);
        var datasets = await from.View.ListDatasetsAsync(cancellationToken);
        var sources = await from.View.ListSourcesAsync(null, cancellationToken);
        await using var writer = await to.Archive.BeginRestoreAsync(cancellationToken);
        var releases = 0;
        foreach (var dataset in datasets)
            await writer.AddDatasetAsync(dataset, cancellationToken);
        foreach (var dataset in datasets)
        {
            foreach (var release in await from.View.ListReleasesAsync(dataset.Name, cancellationToken))
            {
                await writer.AddReleaseAsync(release, cancellationToken);
                releases++;
            }
        }
        foreach (var source in sources)
            await writer.AddSourceAsync(source, cancellationToken);
        long statements = 0;
        await foreach (var statement in from.Archive.ReadStatementsAsync(cancellationToken))
        {
            await writer.AddAsync(statement, cancellationToken);
            if (++statements % ProgressEvery == 0)
                progress?.Report(new ImportProgress(statements, statements, statements, total));
        }
        long gaps = 0;
        await foreach (var gap in from.Archive.ReadReleaseGapsAsync(cancellationToken))
        {
            await writer.AddReleaseGapAsync(gap, cancellationToken);
            gaps++;
        }
        long rows = 0;
        await foreach (var (table, columns, values) in ArchivedTables.ReadAsync(from, cancellationToken))
        {
            await writer.AddRowAsync(table, columns, values, cancellationToken);
            rows++;
        }
        await writer.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(statements, statements, total, total));
        return new Result(datasets.Count, releases, sources.Count, statements, gaps, rows);
    }
}
