using Chokepoint.Datasets;
using Chokepoint.Security;
using Chokepoint.Storage;

namespace Chokepoint.Importing;

/// <summary>Runs one import: every record validated and written in one transaction, committed only when all went well.</summary>
public static class ImportRunner
{
    private const int ProgressEvery = 2000;

    public static async Task<ImportResult> RunAsync(
        IStore store,
        ImportInput input,
        ImportOptions options,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default,
        IAuditSink? audit = null,
        AuditContext? by = null)
    {
        var metadata = (input.Metadata ?? new DatasetInfo { Name = options.Dataset }) with { Name = options.Dataset };
        var plan = new ImportPlan { Dataset = metadata, Release = options.Release ?? input.Release, Mode = options.Mode };
        await using var writer = await store.BeginImportAsync(plan, cancellationToken);
        var gradings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var source in input.Sources)
        {
            var stored = source with { Dataset = options.Dataset, Grading = source.Grading ?? options.Grading };
            gradings[stored.Id] = stored.Grading;
            await writer.AddSourceAsync(stored, cancellationToken);
        }
        var records = new EntityRecordWriter(writer, store.Model, input.Sources[0].Id,
            id => gradings.TryGetValue(id, out var grading) ? grading : throw new ImportException(input.File, null, "source", $"unknown source '{id}'"));
        var skipped = new List<ImportIssue>();
        long count = 0;
        var validated = RecordPipeline.RunAsync(input.Records, record =>
        {
            if (record.SourceId is { } sourceId && !gradings.ContainsKey(sourceId))
                throw new ImportException(record.File, record.Line, "source", $"unknown source '{sourceId}'");
            return records.Validate(record);
        }, cancellationToken);
        await foreach (var item in validated.WithCancellation(cancellationToken))
        {
            if (item.Statements is { } statements)
            {
                await records.WriteAsync(statements, cancellationToken);
                count++;
            }
            else if (options.Lenient)
                skipped.Add(item.Issue!);
            else
                throw new ImportException(item.Issue!);
            if ((count + skipped.Count) % ProgressEvery == 0)
                progress?.Report(new ImportProgress(count, records.Statements, input.BytesRead(), input.TotalBytes));
        }
        if (count == 0)
        {
            throw new ImportException(input.File, null, null, skipped.Count == 0
                ? "holds no entities"
                : $"holds no valid entities ({skipped.Count} bad records)");
        }
        if (input.BeforeCommit is { } beforeCommit)
            await beforeCommit(writer, cancellationToken);
        var dataset = await writer.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(count, records.Statements, input.TotalBytes, input.TotalBytes));
        if (audit is not null)
            await audit.RecordAsync((by ?? AuditContext.Cli()).Entry("import", options.Dataset, $"release {writer.Release}, {count} records, source {input.Sources[0].Id}"), cancellationToken);
        return new ImportResult(dataset, writer.Release, count, records.Statements, skipped);
    }
}
