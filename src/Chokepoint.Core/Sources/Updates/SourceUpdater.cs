using System.Globalization;
using Chokepoint.Importing;
using Chokepoint.Storage;

namespace Chokepoint.Sources.Updates;

/// <summary>
/// Updates datasets from their publishers: conditional download to a temporary file, checksum against the
/// last import, then one all-or-nothing import, so a release is swapped in only after a complete, valid parse.
/// </summary>
public sealed class SourceUpdater(IStore store, IDownloadStates states, UpdateConfig config, HttpClient http, Func<string, string, ImportOptions, ImportInput> open)
{
    public async Task<IReadOnlyList<UpdateOutcome>> UpdateAsync(IReadOnlyCollection<string>? datasets, CancellationToken cancellationToken = default)
    {
        var selected = config.Sources.Where(s => datasets is null || datasets.Count == 0 || datasets.Contains(s.Dataset)).ToList();
        if (datasets is { Count: > 0 } && datasets.FirstOrDefault(d => selected.All(s => s.Dataset != d)) is { } unknown)
            throw new ArgumentException($"dataset '{unknown}' has no source in {UpdateConfig.FileName}");
        var outcomes = new List<UpdateOutcome>();
        foreach (var source in selected)
            outcomes.Add(await UpdateOneAsync(source, cancellationToken));
        return outcomes;
    }

    private async Task<UpdateOutcome> UpdateOneAsync(UpdateSource source, CancellationToken cancellationToken)
    {
        var previous = await states.GetAsync(source.Dataset, cancellationToken);
        var temp = Path.Combine(Path.GetTempPath(), $"chokepoint-{source.Dataset}-{Guid.NewGuid():N}.download");
        try
        {
            var download = await new Downloader(http, config).FetchAsync(source.Url, previous, temp, cancellationToken);
            var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            if (download.NotModified)
            {
                await states.SaveAsync(previous! with { CheckedAt = now }, cancellationToken);
                return new UpdateOutcome(source.Dataset, UpdateStatus.NotModified, previous!.Release, 0, "not modified (304)");
            }
            var state = new DownloadState(source.Dataset, source.Url, download.ETag, download.LastModified, download.Sha256, previous?.Release, now);
            if (previous?.Sha256 == download.Sha256)
            {
                await states.SaveAsync(state, cancellationToken);
                return new UpdateOutcome(source.Dataset, UpdateStatus.Unchanged, previous!.Release, 0, "same checksum as the last import");
            }
            var result = await ImportAsync(source, temp, download, cancellationToken);
            await states.SaveAsync(state with { Release = result.Release }, cancellationToken);
            return new UpdateOutcome(source.Dataset, UpdateStatus.Imported, result.Release, result.Dataset.Entities, $"{download.Bytes:N0} bytes, {result.Statements:N0} statements");
        }
        catch (Exception error) when (error is ImportException or HttpRequestException or IOException or InvalidDataException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new UpdateOutcome(source.Dataset, UpdateStatus.Failed, previous?.Release, 0, $"{source.Url}: {Describe(error)}");
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The error with its causes ("An error occurred while sending the request" says nothing alone).</summary>
    private static string Describe(Exception error)
    {
        var messages = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (!messages.Contains(e.Message))
                messages.Add(e.Message);
        }
        return string.Join(": ", messages);
    }

    private async Task<ImportResult> ImportAsync(UpdateSource source, string path, DownloadResult download, CancellationToken cancellationToken)
    {
        var options = new ImportOptions { Dataset = source.Dataset, MaxFileBytes = config.MaxDownloadBytes };
        var input = open(source.Format, path, options);
        if (input.Release is null)
        {
            // A file that carries no date is the release of the day the publisher last changed it.
            var date = DateTimeOffset.TryParse(download.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) ? modified.UtcDateTime : DateTime.UtcNow;
            options = options with { Release = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }
        return await ImportRunner.RunAsync(store, input, options, null, cancellationToken);
    }
}
